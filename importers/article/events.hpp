#pragma once
// Stage 4 of the article pipeline: which events a sentence reports, and who
// did what to whom. Triggers come from data/article_triggers.tsv, the words
// that block them (modal, hedge, negation) from data/article_cues.tsv.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "importers/article/mentions.hpp"

namespace dipgraph::importers::article {

/// One event or role fact as the extractor reports it.
struct Fact {
  std::string type;  ///< an event type, or "role"
  ActorRef source;
  ActorRef target;
  core::Date date;
  std::optional<core::Date> date_end;
  bool date_inferred = false;  ///< no date in the text: the publication date (or a visit's)
  double confidence = 0.8;
  std::string title;  ///< roles: the title held
  struct Evidence {
    int sentence = 0;  ///< 1-based sentence index
    std::string text;
  };
  std::vector<Evidence> evidence;  ///< every sentence that reports it, first first
};

/// An event a sentence reports, before dating.
struct EventCandidate {
  std::string type;
  ActorRef source;
  ActorRef target;
  std::size_t trigger_begin = 0;  ///< byte offsets of the trigger in the sentence
  std::size_t trigger_end = 0;
  bool guessed = false;  ///< an actor came from the focus, not from the sentence
  bool subject_is_target = false;  ///< the clause's subject is the target: a host ("X hosted Y")
};

/// Finds the events of one sentence given its tokens and mentions. `focus`
/// supplies the states in focus when the sentence names only one side.
std::vector<EventCandidate> find_events(std::string_view sentence, const std::vector<Token>& tokens,
                                        const std::vector<Mention>& mentions, const MentionFinder& focus);

/// True when the event type is symmetric (meeting, agreement, conflict).
bool symmetric_type(std::string_view type);

}  // namespace dipgraph::importers::article

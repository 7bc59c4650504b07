#pragma once
// `dipgraph ask`: plain-English questions parsed by a small grammar into one
// of the other commands. Words come from data/question_words.tsv (through
// QuestionLexicon), actor names from the store's Resolver.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/resolver.hpp"

namespace dipgraph::cli {

/// A question mapped onto a command. Actors are codes, so that the command
/// line it becomes cannot be ambiguous.
struct Query {
  std::string command;  ///< ties, path, centrality, neighbors, components, events or actor
  std::vector<std::string> actors;  ///< positional actors: two for ties and path, one for neighbors and actor
  // `events` only: --between A B, --actor A, --from A, --to B.
  std::vector<std::string> between;
  std::optional<std::string> actor;
  std::optional<std::string> source;
  std::optional<std::string> target;
  std::vector<std::string> types;  ///< --type, in the order said (every command but actor and neighbors)
  std::optional<std::string> measure;  ///< centrality: --measure
  std::optional<std::string> level;    ///< centrality: --level state|actor
  std::optional<int> top;              ///< centrality: --top N
  std::optional<int> depth;            ///< neighbors: --depth D
  std::optional<int> hops;             ///< ties: --hops K (2 to 4)
  std::optional<core::Date> since;     ///< --since (every command but actor)
  std::optional<core::Date> until;     ///< --until (every command but actor)

  /// The command line without the program name: {"ties", "PAK", "RUS", "--since", "2024"}.
  /// Options in a fixed order: actor options, --type, --measure, --level, --top,
  /// --depth, --hops, --since, --until.
  std::vector<std::string> arguments() const;
};

/// The forms `ask` is known to understand, for error messages and help.
extern const char* const kQuestionForms;

/// Maps `question` onto a command. Dates like "last year" are relative to `today`.
///
/// Grammar, in brief: the question is cut into words (quoted strings stay
/// one word, a possessive 's is a mark on its word); time expressions are
/// taken out first ("in 2024", "since March 2023", "between 2022 and 2024",
/// "before 2023", "last year"); then, left to right, the longest lexicon phrase
/// or actor name (1 to 4 words) wins at each position. Intent comes from the
/// cue words found and the number of actors; direction (who acted on whom)
/// from direction words ("by", "against", "to"), possessives, auxiliaries
/// ("did X visit") and word order around the event-type word.
///
/// Throws UsageError when no command fits (the message lists kQuestionForms),
/// NotFoundError with suggestions when a word in an actor's place nearly
/// matches a known name (for "did you mean"), AmbiguousNameError for a name
/// that denotes several actors.
Query parse_question(std::string_view question, const core::Resolver& resolver,
                     const core::Date& today);

/// `args` as one shell command line, quoting only what needs it.
std::string shell_join(const std::vector<std::string>& args);

}  // namespace dipgraph::cli

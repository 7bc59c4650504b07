#include "importers/article/extractor.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"
#include "core/store.hpp"
#include "importers/article/date_expressions.hpp"
#include "importers/article/event_dates.hpp"
#include "importers/article/merge.hpp"
#include "importers/article/mentions.hpp"
#include "importers/article/sentences.hpp"
#include "importers/article/store_lookup.hpp"

namespace dipgraph::importers::article {
namespace {

/// Binary data: NUL bytes, or more than 10% control characters in the first 64 KiB.
bool looks_binary(std::string_view text) {
  const std::size_t n = std::min<std::size_t>(text.size(), 65536);
  std::size_t control = 0;
  for (std::size_t i = 0; i < n; ++i) {
    // Eight bytes at a time while none is below 0x20 (neither NUL nor control).
    while (i + 8 <= n) {
      std::uint64_t chunk;
      std::memcpy(&chunk, text.data() + i, 8);
      constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
      if (((chunk - kOnes * 0x20) & ~chunk & (kOnes * 0x80)) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 10 > n;
}

std::optional<std::string> find_url(std::string_view text) {
  std::size_t start = 0;
  for (int line = 0; line < 12 && start < text.size(); ++line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view row = text.substr(start, end - start);
    while (!row.empty() && (row.back() == '\r' || row.back() == ' ')) row.remove_suffix(1);
    while (!row.empty() && row.front() == ' ') row.remove_prefix(1);
    if ((row.rfind("http://", 0) == 0 || row.rfind("https://", 0) == 0) && row.find(' ') == std::string_view::npos &&
        row.size() < 2048) {
      return std::string(row);
    }
    start = end + 1;
  }
  return std::nullopt;
}

/// Real sentences stay far below this; longer ones (a page without full stops,
/// a 50 MB single line) are read in pieces so that every per-sentence step
/// stays bounded and the whole run linear.
constexpr std::size_t kMaxPieceBytes = 1500;

std::vector<std::string> pieces_of(std::string text) {
  std::vector<std::string> pieces;
  std::string_view rest = text;
  while (rest.size() > kMaxPieceBytes) {
    std::size_t cut = rest.substr(0, kMaxPieceBytes).rfind(", ");
    if (cut == std::string_view::npos || cut < kMaxPieceBytes / 3) cut = rest.substr(0, kMaxPieceBytes).rfind(' ');
    if (cut == std::string_view::npos || cut < kMaxPieceBytes / 3) {
      cut = kMaxPieceBytes;
      while (cut > 0 && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80) --cut;  // a UTF-8 boundary
    } else {
      ++cut;  // keep the comma with the left piece
    }
    pieces.emplace_back(rest.substr(0, cut));
    rest.remove_prefix(cut);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  }
  if (!rest.empty()) pieces.emplace_back(rest);
  return pieces;
}

/// "During the talks the two governments signed a protocol": talks and signings with no
/// date of their own, between a visitor and its host, happened during that visit (when
/// it is recent news); they take its day or span.
void date_by_visit(std::vector<Fact>& facts, const std::optional<core::Date>& published) {
  if (!published) return;
  for (auto& fact : facts) {
    if ((fact.type != "meeting" && fact.type != "agreement") || !fact.date_inferred) continue;
    const std::string& a = fact.source.key();
    const std::string& b = fact.target.key();
    for (const auto& visit : facts) {
      if (visit.type != "visit" || visit.date_inferred || visit.date.precision != core::DatePrecision::day) continue;
      const std::string& from = visit.source.key();
      const std::string& to = visit.target.key();
      if (!((from == a && to == b) || (from == b && to == a))) continue;
      const auto last = visit.date_end ? visit.date_end->last_day() : visit.date.last_day();
      if (last > published->last_day() || visit.date.first_day() < add_days(*published, -31).first_day()) continue;
      fact.date = visit.date;
      fact.date_end = visit.date_end;
      fact.date_inferred = false;
      fact.confidence = std::min(fact.confidence, 0.6);
      break;
    }
  }
}

}  // namespace

Extractor::Extractor(const core::Store& store)
    : gazetteer_(std::make_unique<Gazetteer>(store.aliases(core::Knowledge::curated))),
      lookup_(std::make_unique<StoreLookup>(store)) {}

Extractor::~Extractor() = default;

std::string article_id(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  const std::size_t dot = path.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
  return std::string(path);
}

ArticleFacts Extractor::extract(std::string_view text, std::string id, std::optional<core::Date> date) const {
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    throw InputError("", 0, "empty: no article text");
  }
  if (looks_binary(text)) throw InputError("", 0, "binary data, not an article (expected UTF-8 text)");
  ArticleFacts result;
  result.document = read_document(text, id, date);
  result.url = find_url(text);
  result.facts = extract(result.document, &result.sentences, &result.mentions);
  if (result.sentences == 0) throw InputError("", 0, "no sentences: not an article");
  return result;
}

std::vector<Fact> Extractor::extract(const Document& document, std::size_t* sentence_count,
                                     std::size_t* mention_count) const {
  // Sentences numbered as sentences_of() numbers them, remembering paragraphs.
  std::vector<Sentence> sentences;
  std::vector<std::size_t> paragraph_of;
  for (std::size_t p = 0; p < document.body.size(); ++p) {
    int index = sentences.empty() ? 0 : sentences.back().index;
    for (auto& text : split_sentences(document.body[p].text)) {
      ++index;
      if (text.size() <= kMaxPieceBytes) {
        sentences.push_back(Sentence{index, std::move(text)});
        paragraph_of.push_back(p);
        continue;
      }
      for (auto& piece : pieces_of(std::move(text))) {
        sentences.push_back(Sentence{index, std::move(piece)});
        paragraph_of.push_back(p);
      }
    }
  }
  MentionFinder finder(*gazetteer_, *lookup_, document.published);
  std::vector<Fact> facts;
  facts.reserve(std::min<std::size_t>(sentences.size(), 256));  // big items: spare the moves of growing
  std::size_t mentions_seen = 0;
  // The last day or month a sentence of the current paragraph stated: a sentence
  // without a date of its own usually continues that story.
  std::optional<core::Date> paragraph_date;
  // The last date any earlier sentence stated: what "the same day", "the next
  // day" and "in November that year" refer to.
  std::optional<core::Date> story_date;
  std::optional<core::Date> story_day;  // the last day among them
  // Live blogs: a paragraph that is only a day ("Tuesday, 1 August", "Saturday
  // night") heads the items below it; they are dated by it and their weekdays
  // count back from it.
  std::optional<core::Date> section_date;
  std::vector<Token> tokens;  // one buffer for every sentence
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    if (s > 0 && paragraph_of[s] != paragraph_of[s - 1]) paragraph_date.reset();
    tokenize(sentence.text, tokens);
    if (tokens.empty()) continue;
    const std::vector<Mention> mentions = finder.find(sentence.text, tokens);
    mentions_seen += mentions.size();
    const std::optional<core::Date> reference = section_date ? section_date : document.published;
    std::vector<DateMention> dates;
    if (!mentions.empty() || s + 1 < sentences.size()) {
      dates = find_dates(sentence.text, reference, story_date, story_day);
    }
    const bool whole_paragraph = (s == 0 || paragraph_of[s - 1] != paragraph_of[s]) &&
                                 (s + 1 == sentences.size() || paragraph_of[s + 1] != paragraph_of[s]);
    if (whole_paragraph && mentions.empty() && tokens.size() <= 6 && sentence.text.size() <= 40 &&
        dates.size() == 1 && dates.front().date.precision == core::DatePrecision::day &&
        !(document.published && dates.front().date.first_day() > document.published->last_day())) {
      section_date = dates.front().date;
    }
    const std::optional<core::Date> carried = paragraph_date;
    bool day_stated = false;
    for (const auto& mention : dates) {
      if (mention.since || mention.future) continue;
      if (document.published && mention.date.first_day() > document.published->last_day()) continue;
      // "on July 12, in a case filed in January 2013": the day goes on, "the same day" is July 12.
      if (day_stated && mention.date.precision != core::DatePrecision::day) continue;
      // "this year" after "on Thursday" does not move the story off Thursday.
      const bool coarser_around = story_date && mention.date.precision < story_date->precision &&
                                  mention.date.first_day() <= story_date->first_day() &&
                                  story_date->last_day() <= mention.date.last_day();
      if (!coarser_around) story_date = mention.date;
      if (mention.date.precision == core::DatePrecision::day) story_day = mention.date;
      day_stated = day_stated || mention.date.precision == core::DatePrecision::day;
    }
    // Roles: people the text titles, or the store knows in office.
    for (const auto& mention : mentions) {
      if (mention.pronoun || mention.actors.size() != 1) continue;
      const ActorRef& person = mention.actors.front();
      if (person.kind != core::ActorKind::person || !person.role || person.former || !person.state ||
          person.title.empty()) {
        continue;
      }
      Fact& role = facts.emplace_back();  // built in place: facts are big
      role.type = "role";
      role.source = person;
      role.target.kind = core::ActorKind::state;
      role.target.code = *person.state;
      role.target.name = finder.name_of(*person.state);
      role.title = person.title;
      if (const auto start = role_start(tokens, dates)) {
        role.date = *start;
      } else {
        role.date = document.published.value_or(core::Date::today());
        role.date_inferred = true;
      }
      role.confidence = mention.via == MentionVia::title ? 0.9 : 0.7;
      role.evidence.push_back(Fact::Evidence{sentence.index, sentence.text});
    }
    std::optional<ActorRef> actor_of_sentence;
    bool only_reactions = false;  ///< no act of its own, and its last event a reaction
    // "Did China and Malaysia sign anything?": a question reports nothing.
    const bool question = tokens.back().norm == "?" ||
                          (tokens.size() >= 2 && tokens.back().norm == "\"" && tokens[tokens.size() - 2].norm == "?");
    std::vector<EventCandidate> events;
    if (!question) events = find_events(sentence.text, tokens, mentions, finder);
    for (auto& event : events) {
      const EventDate when =
          choose_event_date(event.type, sentence.text, tokens, event.trigger_begin, dates, document.published);
      if (when.planned) continue;
      if (event.guessed && (event.type == "meeting" || event.type == "aid")) continue;
      only_reactions = !actor_of_sentence && (event.type == "reject" || (event.type == "support" && event.guessed));
      // Reactions, and meetings and agreements of two sides, are no act of one state that a
      // later "the decision" could name.
      if (!actor_of_sentence && event.type != "reject" && event.type != "meeting" &&
          event.type != "agreement" && !event.guessed) {
        // A person's act is their state's ("Biden's decision").
        ActorRef actor;
        actor.kind = event.source.kind == core::ActorKind::org ? core::ActorKind::org : core::ActorKind::state;
        actor.code = event.source.key();
        actor_of_sentence = std::move(actor);
      }
      Fact& fact = facts.emplace_back();
      fact.type = std::move(event.type);
      fact.source = std::move(event.source);
      fact.target = std::move(event.target);
      // A side guessed from the states in focus carries only its code.
      for (ActorRef* actor : {&fact.source, &fact.target}) {
        if (actor->name.empty()) actor->name = finder.name_of(actor->code);
      }
      fact.date = when.date;
      fact.date_end = when.end;
      fact.date_inferred = when.inferred;
      if (when.inferred && carried && !when.perfect) {
        fact.date = *carried;
        fact.date_inferred = false;
      } else if (when.inferred && section_date) {
        fact.date = *section_date;
        fact.date_inferred = false;
      }
      fact.confidence = event.guessed ? 0.5 : (when.inferred ? 0.7 : 0.8);
      // The date an event of this paragraph stated carries on to the sentences after it
      // that state none ("the strike on its consulate on April 1", no event, does not).
      if (!when.inferred && when.date.precision != core::DatePrecision::year) paragraph_date = when.date;
      fact.evidence.push_back(Fact::Evidence{sentence.index, sentence.text});
    }
    // A sentence naming no actor ("Fighting broke out on Sunday"), or only reacting to the
    // act before ("Lima called the sanctions illegal"), leaves the last act as it was.
    if (!mentions.empty() && !only_reactions) finder.note_actor(std::move(actor_of_sentence));
  }
  // A reaction without a date of its own ("Pakistan dismissed the US move")
  // takes the date of the latest dated act of the one it answers.
  std::unordered_map<std::string, core::Date> latest_act;  ///< source key -> date of its latest dated act
  for (auto& fact : facts) {
    if (fact.type == "reject" && fact.date_inferred) {
      const auto found = latest_act.find(fact.target.key());
      if (found != latest_act.end()) {
        fact.date = found->second;
        fact.date_end.reset();
        fact.date_inferred = false;
      }
    }
    if (!fact.date_inferred && (fact.type == "sanction" || fact.type == "threat" || fact.type == "conflict")) {
      latest_act[fact.source.key()] = fact.date;
    }
  }
  date_by_visit(facts, document.published);
  if (sentence_count) *sentence_count = sentences.empty() ? 0 : static_cast<std::size_t>(sentences.back().index);
  if (mention_count) *mention_count = mentions_seen;
  return merge_facts(std::move(facts));
}

}  // namespace dipgraph::importers::article

#pragma once
// Word -> value indexes of the article pipeline (gazetteer first words, titles,
// anaphora, cues, triggers), asked about nearly every token of every sentence.
// Tokens carry their word's hash, computed once by the tokenizer; an index
// asked with it neither hashes the word again nor compares bytes unless the
// hashes agree, and most words (in no index) cost one probe of a small table.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace dipgraph::importers::article {

/// The hash every WordIndex uses: eight bytes at a time (most words take one
/// or two steps), with a final mix so that the low bits, which pick the slot,
/// depend on every byte.
inline std::uint64_t word_hash(std::string_view word) {
  constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
  std::uint64_t hash = word.size() * kMultiplier;
  const char* bytes = word.data();
  std::size_t left = word.size();
  while (left > 0) {
    const std::size_t n = left < 8 ? left : 8;
    std::uint64_t chunk = 0;
    if (n == 8) {
      std::memcpy(&chunk, bytes, 8);
    } else {
      for (std::size_t k = 0; k < n; ++k) chunk |= std::uint64_t{static_cast<unsigned char>(bytes[k])} << (8 * k);
    }
    hash = (hash ^ chunk) * kMultiplier;
    hash ^= hash >> 29;
    bytes += n;
    left -= n;
  }
  hash *= 0xBF58476D1CE4E5B9ULL;
  return hash ^ (hash >> 32);
}

/// A set of words answering "certainly not here" from the word's hash (the
/// one its token carries) in one bit test: the lexicon indexes are asked about
/// nearly every token, and most tokens are in none of them. "Maybe" means: look
/// in the index itself. A tag (a cue kind) makes the set one of (tag, word)
/// pairs; a literal tag folds into a constant where the call is inlined.
class WordFilter {
 public:
  void add(std::uint64_t word_hash, std::string_view tag = {}) {
    const std::size_t at = slot(word_hash, tag);
    bits_[at / 64] |= std::uint64_t{1} << (at % 64);
  }
  bool may_contain(std::uint64_t word_hash, std::string_view tag = {}) const {
    const std::size_t at = slot(word_hash, tag);
    return ((bits_[at / 64] >> (at % 64)) & 1) != 0;
  }

 private:
  static constexpr std::size_t kBits = std::size_t{1} << 14;
  static std::size_t slot(std::uint64_t word_hash, std::string_view tag) {
    const std::size_t tag_key = tag.empty() ? 0
                                            : tag.size() * 40503 + static_cast<unsigned char>(tag.front()) * 613 +
                                                  static_cast<unsigned char>(tag.back()) * 97;
    return (word_hash + tag_key) % kBits;
  }
  std::uint64_t bits_[kBits / 64] = {};
};

/// A WordFilter for the few words an article adds (people's names, companies):
/// 1,024 bits, cheap to start afresh for every article.
class SmallWordFilter {
 public:
  void add(std::uint64_t word_hash) { bits_[(word_hash >> 6) % kWords] |= std::uint64_t{1} << (word_hash % 64); }
  bool may_contain(std::uint64_t word_hash) const {
    return ((bits_[(word_hash >> 6) % kWords] >> (word_hash % 64)) & 1) != 0;
  }

 private:
  static constexpr std::size_t kWords = 16;
  std::uint64_t bits_[kWords] = {};
};

/// Built once (operator[]), then only read (find). A bit per hash value
/// (sixteen bits per word) answers most absent words from a few kilobytes; the
/// rest probe a power-of-two table, kept at most a quarter full, whose slots
/// hold each entry's hash so that only a true match reads the entry.
template <class Value>
class WordIndex {
 public:
  struct Entry {
    std::string word;
    std::uint64_t hash = 0;
    Value value{};
  };

  /// The value of `word`, added (default-constructed) when new.
  Value& operator[](std::string_view word) {
    const std::uint64_t hash = word_hash(word);
    if (Value* found = lookup(word, hash)) return *found;
    if ((entries_.size() + 1) * 4 > slots_.size()) grow();
    entries_.push_back(Entry{std::string(word), hash, Value{}});
    place(entries_.size() - 1);
    mark(hash);
    return entries_.back().value;
  }

  /// The value of `word`, whose word_hash() is `hash`; nullptr when absent.
  const Value* find(std::string_view word, std::uint64_t hash) const {
    if (slots_.empty() || !marked(hash)) return nullptr;  // inline: the usual answer
    return const_cast<WordIndex*>(this)->lookup(word, hash);
  }
  const Value* find(std::string_view word) const { return find(word, word_hash(word)); }

  /// Every entry, in the order added (to finish values once all are in).
  std::vector<Entry>& entries() { return entries_; }
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  struct Slot {
    std::uint32_t entry = 0;  ///< entry index + 1; 0 = empty
    std::uint32_t tag = 0;    ///< the entry's hash, high half
  };
  static std::uint32_t tag_of(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32); }
  /// The filter's bit for a hash: bits 20 and up of it (the slot uses the low ones).
  std::size_t bit_of(std::uint64_t hash) const { return (hash >> 20) & (bits_.size() * 64 - 1); }

  bool marked(std::uint64_t hash) const {
    const std::size_t bit = bit_of(hash);
    return ((bits_[bit / 64] >> (bit % 64)) & 1) != 0;
  }
  Value* lookup(std::string_view word, std::uint64_t hash) {
    if (slots_.empty() || !marked(hash)) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    const std::uint32_t tag = tag_of(hash);
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      const Slot slot = slots_[at];
      if (slot.entry == 0) return nullptr;
      if (slot.tag != tag) continue;
      Entry& entry = entries_[slot.entry - 1];
      if (entry.hash == hash && entry.word == word) return &entry.value;
    }
  }
  void place(std::size_t entry) {
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t hash = entries_[entry].hash;
    std::size_t at = hash & mask;
    while (slots_[at].entry != 0) at = (at + 1) & mask;
    slots_[at] = Slot{static_cast<std::uint32_t>(entry + 1), tag_of(hash)};
  }
  void mark(std::uint64_t hash) {
    const std::size_t bit = bit_of(hash);
    bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  void grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, Slot{});
    bits_.assign(slots_.size() / 16, 0);  // sixteen bits per word at the most crowded
    for (std::size_t e = 0; e < entries_.size(); ++e) {
      place(e);
      mark(entries_[e].hash);
    }
  }

  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
  std::vector<std::uint64_t> bits_;  ///< the filter: one bit per hash value seen
};

}  // namespace dipgraph::importers::article

#include "server/compare/internal/matcher.h"

#include <algorithm>

#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "server/compare/internal/text.h"

namespace policy::compare::internal {
namespace {

void AddPrefixRange(const std::vector<std::pair<std::string, uint32_t>>& sorted,
                    const std::string& prefix, std::vector<uint32_t>* out) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), prefix,
                             [](const auto& entry, const std::string& p) { return entry.first < p; });
  for (; it != sorted.end() && absl::StartsWith(it->first, prefix); ++it) {
    out->push_back(it->second);
  }
}

Bitmap FromPostings(const IndexData& data, const WordMatcher& matcher) {
  Bitmap bitmap = EmptyBitmap(data.statements.size());
  for (uint32_t word : matcher.words) {
    for (uint32_t s : data.postings[word]) Set(bitmap, s);
  }
  return bitmap;
}

std::vector<WordMatcher> Matchers(const IndexData& data, const std::vector<QueryWord>& words) {
  std::vector<WordMatcher> matchers;
  for (const QueryWord& word : words) {
    matchers.push_back(MatchWord(data, word.lower, word.stem, word.prefix));
  }
  return matchers;
}

}  // namespace

bool WordMatcher::Matches(uint32_t word) const {
  return words.size() == 1 ? words[0] == word : std::binary_search(words.begin(), words.end(), word);
}

WordMatcher MatchWord(const IndexData& data, const std::string& lower, const std::string& stem,
                      bool prefix) {
  WordMatcher matcher;
  if (!prefix) {
    auto it = data.word_ids.find(stem);
    if (it != data.word_ids.end()) matcher.words.push_back(it->second);
    return matcher;
  }
  AddPrefixRange(data.surfaces_sorted, lower, &matcher.words);
  AddPrefixRange(data.stems_sorted, lower, &matcher.words);
  std::sort(matcher.words.begin(), matcher.words.end());
  matcher.words.erase(std::unique(matcher.words.begin(), matcher.words.end()), matcher.words.end());
  return matcher;
}

Bitmap EmptyBitmap(size_t statements) { return Bitmap((statements + 63) / 64, 0); }

uint32_t MatchAt(const IndexData& data, uint32_t at, uint32_t end,
                 const std::vector<WordMatcher>& sequence) {
  if (at + sequence.size() > end) return 0;
  for (size_t k = 0; k < sequence.size(); ++k) {
    if (!sequence[k].Matches(data.tokens[at + k].word)) return 0;
  }
  return static_cast<uint32_t>(sequence.size());
}

Bitmap EvaluateQuery(const IndexData& data, const QueryNode& node) {
  const size_t n = data.statements.size();
  switch (node.kind) {
    case QueryNode::Kind::kWord:
      return FromPostings(data, MatchWord(data, node.words[0].lower, node.words[0].stem,
                                          node.words[0].prefix));
    case QueryNode::Kind::kPhrase: {
      const std::vector<WordMatcher> sequence = Matchers(data, node.words);
      Bitmap candidates = FromPostings(data, sequence[0]);
      for (size_t k = 1; k < sequence.size(); ++k) {
        const Bitmap next = FromPostings(data, sequence[k]);
        for (size_t i = 0; i < candidates.size(); ++i) candidates[i] &= next[i];
      }
      for (size_t block = 0; block < candidates.size(); ++block) {
        uint64_t bits = candidates[block];
        while (bits != 0) {
          const uint32_t s = static_cast<uint32_t>(block * 64 + __builtin_ctzll(bits));
          bits &= bits - 1;
          const IndexedStatement& statement = data.statements[s];
          bool found = false;
          for (uint32_t t = statement.tokens_begin; t < statement.tokens_end && !found; ++t) {
            found = MatchAt(data, t, statement.tokens_end, sequence) > 0;
          }
          if (!found) candidates[block] &= ~(uint64_t{1} << (s & 63));
        }
      }
      return candidates;
    }
    case QueryNode::Kind::kAnd:
    case QueryNode::Kind::kOr: {
      Bitmap result = EvaluateQuery(data, node.children[0]);
      for (size_t c = 1; c < node.children.size(); ++c) {
        const Bitmap other = EvaluateQuery(data, node.children[c]);
        for (size_t i = 0; i < result.size(); ++i) {
          result[i] = node.kind == QueryNode::Kind::kAnd ? result[i] & other[i] : result[i] | other[i];
        }
      }
      return result;
    }
    case QueryNode::Kind::kNot: {
      Bitmap result = EvaluateQuery(data, node.children[0]);
      for (uint64_t& block : result) block = ~block;
      if (n % 64 != 0 && !result.empty()) result.back() &= (uint64_t{1} << (n % 64)) - 1;
      return result;
    }
  }
  return EmptyBitmap(n);
}

std::vector<std::vector<WordMatcher>> PositiveSequences(const IndexData& data,
                                                        const QueryNode& node) {
  std::vector<std::vector<WordMatcher>> sequences;
  switch (node.kind) {
    case QueryNode::Kind::kWord:
    case QueryNode::Kind::kPhrase:
      sequences.push_back(Matchers(data, node.words));
      break;
    case QueryNode::Kind::kAnd:
    case QueryNode::Kind::kOr:
      for (const QueryNode& child : node.children) {
        for (auto& sequence : PositiveSequences(data, child)) sequences.push_back(std::move(sequence));
      }
      break;
    case QueryNode::Kind::kNot:
      break;
  }
  return sequences;
}

CompiledLexicon CompileLexicon(const IndexData& data, const FrameLexicon& lexicon) {
  CompiledLexicon compiled;
  Stemmer stemmer;
  const std::vector<Frame>& frames = lexicon.frames();
  for (uint32_t f = 0; f < frames.size(); ++f) {
    for (const std::string& text : frames[f].entries) {
      CompiledLexicon::Entry entry;
      entry.frame = f;
      entry.text = text;
      absl::string_view body = text;
      entry.exclude = absl::ConsumePrefix(&body, "!");
      bool matchable = true;
      for (absl::string_view piece : absl::StrSplit(body, ' ', absl::SkipEmpty())) {
        const bool prefix = absl::ConsumeSuffix(&piece, "*");
        const std::vector<Token> tokens = Tokenize(piece);
        for (size_t k = 0; k < tokens.size(); ++k) {
          const bool is_prefix = prefix && k + 1 == tokens.size();
          WordMatcher matcher = MatchWord(data, tokens[k].lower,
                                          is_prefix ? std::string() : stemmer.Stem(tokens[k].lower),
                                          is_prefix);
          if (matcher.words.empty()) matchable = false;
          entry.words.push_back(std::move(matcher));
        }
      }
      if (matchable && !entry.words.empty()) compiled.entries.push_back(std::move(entry));
    }
  }
  compiled.frame_count = frames.size();
  // Inverted table: first word -> entries.
  const size_t vocabulary = data.words.size();
  compiled.first_offsets.assign(vocabulary + 1, 0);
  for (const auto& entry : compiled.entries) {
    for (uint32_t w : entry.words[0].words) ++compiled.first_offsets[w + 1];
  }
  for (size_t w = 0; w < vocabulary; ++w) compiled.first_offsets[w + 1] += compiled.first_offsets[w];
  compiled.first_entries.resize(compiled.first_offsets[vocabulary]);
  std::vector<uint32_t> cursor(compiled.first_offsets.begin(), compiled.first_offsets.end() - 1);
  for (uint32_t e = 0; e < compiled.entries.size(); ++e) {
    for (uint32_t w : compiled.entries[e].words[0].words) compiled.first_entries[cursor[w]++] = e;
  }
  return compiled;
}

FrameMatcher::FrameMatcher(const CompiledLexicon& lexicon)
    : lexicon_(lexicon),
      covered_until_(lexicon.frame_count, 0),
      best_length_(lexicon.frame_count, 0),
      best_entry_(lexicon.frame_count, kNone),
      hit_index_(lexicon.entries.size(), kNone) {}

void FrameMatcher::Match(const IndexData& data, const IndexedStatement& statement,
                         std::vector<FrameHit>* out) {
  std::fill(covered_until_.begin(), covered_until_.end(), 0);
  for (uint32_t t = statement.tokens_begin; t < statement.tokens_end; ++t) {
    const uint32_t word = data.tokens[t].word;
    const uint32_t begin = lexicon_.first_offsets[word];
    const uint32_t end = lexicon_.first_offsets[word + 1];
    if (begin == end) continue;
    touched_frames_.clear();
    for (uint32_t k = begin; k < end; ++k) {
      const uint32_t e = lexicon_.first_entries[k];
      const CompiledLexicon::Entry& entry = lexicon_.entries[e];
      const uint32_t length = MatchAt(data, t, statement.tokens_end, entry.words);
      if (length == 0) continue;
      const uint32_t f = entry.frame;
      if (best_entry_[f] == kNone) touched_frames_.push_back(f);
      if (best_entry_[f] == kNone || length > best_length_[f] ||
          (length == best_length_[f] && entry.exclude && !lexicon_.entries[best_entry_[f]].exclude)) {
        best_entry_[f] = e;
        best_length_[f] = length;
      }
    }
    for (uint32_t f : touched_frames_) {
      const uint32_t e = best_entry_[f];
      const uint32_t length = best_length_[f];
      best_entry_[f] = kNone;
      best_length_[f] = 0;
      if (t < covered_until_[f]) continue;
      covered_until_[f] = t + length;
      if (lexicon_.entries[e].exclude) continue;
      if (hit_index_[e] == kNone) {
        hit_index_[e] = static_cast<uint32_t>(out->size());
        touched_entries_.push_back(e);
        out->push_back(FrameHit{e, 0, t, length});
      }
      ++(*out)[hit_index_[e]].count;
    }
  }
  for (uint32_t e : touched_entries_) hit_index_[e] = kNone;
  touched_entries_.clear();
}

}  // namespace policy::compare::internal

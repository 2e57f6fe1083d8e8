#include "server/compare/index.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "server/compare/internal/matcher.h"
#include "server/compare/internal/text.h"
#include "server/core/status_macros.h"

namespace policy::compare {
namespace {

using internal::kNone;

// Lower-cased, whitespace collapsed: the key of organization, role and outlet groups.
std::string NormaliseName(absl::string_view name) {
  return absl::AsciiStrToLower(
      absl::StrJoin(absl::StrSplit(name, absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty()), " "));
}

// NormaliseName memoised: a corpus repeats a few thousand names over every statement.
class NameNormaliser {
 public:
  const std::string& operator()(const std::string& name) {
    auto [it, inserted] = cache_.try_emplace(name);
    if (inserted) it->second = NormaliseName(name);
    return it->second;
  }

 private:
  absl::flat_hash_map<std::string, std::string> cache_;
};

int32_t ParseDate(absl::string_view published) {
  // "YYYY-MM-DD" (a longer RFC 3339 timestamp is cut to its date).
  if (published.size() < 10 || published[4] != '-' || published[7] != '-') return -1;
  int year = 0, month = 0, day = 0;
  if (!absl::SimpleAtoi(published.substr(0, 4), &year) ||
      !absl::SimpleAtoi(published.substr(5, 2), &month) ||
      !absl::SimpleAtoi(published.substr(8, 2), &day) || month < 1 || month > 12 || day < 1 ||
      day > 31) {
    return -1;
  }
  return year * 10000 + month * 100 + day;
}

// Collects groups of one grouping while statements are added, then lays them out.
class GroupingBuilder {
 public:
  // Returns the group id for `key`, creating it with `label` on first use.
  uint32_t Intern(const std::string& key, absl::string_view label) {
    auto [it, inserted] = ids_.emplace(key, static_cast<uint32_t>(groups_.size()));
    if (inserted) {
      internal::Group group;
      group.key = key;
      group.label = std::string(label);
      groups_.push_back(std::move(group));
      label_counts_.emplace_back();
    }
    ++label_counts_[it->second][std::string(label)];
    return it->second;
  }
  void MarkDescription(uint32_t group) { groups_[group].description = true; }
  void AddName(uint32_t group, std::string name) {
    auto& names = groups_[group].names;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
  }
  void AddMember(uint32_t statement, uint32_t group) {
    auto& statements = groups_[group].statements;
    if (statements.empty() || statements.back() != statement) statements.push_back(statement);
    pairs_.emplace_back(statement, group);
  }

  // Sorts groups by key and builds the statement -> groups table. Returns old id -> new id.
  std::vector<uint32_t> Finish(size_t statement_count, internal::Grouping* out) {
    std::vector<uint32_t> order(groups_.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](uint32_t a, uint32_t b) { return groups_[a].key < groups_[b].key; });
    std::vector<uint32_t> new_id(groups_.size());
    for (uint32_t i = 0; i < order.size(); ++i) new_id[order[i]] = i;
    out->groups.clear();
    for (uint32_t old : order) {
      internal::Group group = std::move(groups_[old]);
      // The label is the spelling used most often (ties: the smaller string).
      const auto& counts = label_counts_[old];
      const auto best = std::min_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        return std::tie(b.second, a.first) < std::tie(a.second, b.first);
      });
      group.label = best->first;
      AddNameTo(&group, NormaliseName(group.label));
      std::sort(group.names.begin(), group.names.end());
      out->groups.push_back(std::move(group));
    }
    std::sort(pairs_.begin(), pairs_.end());
    pairs_.erase(std::unique(pairs_.begin(), pairs_.end()), pairs_.end());
    out->members.resize(pairs_.size());
    out->offsets.assign(statement_count + 1, 0);
    for (const auto& [statement, group] : pairs_) ++out->offsets[statement + 1];
    for (size_t i = 0; i < statement_count; ++i) out->offsets[i + 1] += out->offsets[i];
    std::vector<uint32_t> cursor(out->offsets.begin(), out->offsets.end() - 1);
    for (const auto& [statement, group] : pairs_) out->members[cursor[statement]++] = new_id[group];
    return new_id;
  }

 private:
  static void AddNameTo(internal::Group* group, std::string name) {
    if (std::find(group->names.begin(), group->names.end(), name) == group->names.end()) {
      group->names.push_back(std::move(name));
    }
  }

  std::vector<internal::Group> groups_;
  std::vector<absl::flat_hash_map<std::string, int>> label_counts_;
  absl::flat_hash_map<std::string, uint32_t> ids_;
  std::vector<std::pair<uint32_t, uint32_t>> pairs_;
};

// Accumulates the written forms of a term to pick the most frequent one.
class SurfaceCounter {
 public:
  void Add(uint32_t term, std::string surface) { ++counts_[{term, std::move(surface)}]; }
  void Assign(std::vector<internal::Term>* terms) {
    std::vector<int> best(terms->size(), 0);
    for (const auto& [key, count] : counts_) {
      internal::Term& term = (*terms)[key.first];
      // Most frequent; on a tie the shorter form ("investment" over "investments"), then the
      // larger string, which prefers lower case ("innovation" over "Innovation").
      const bool better =
          count > best[key.first] ||
          (count == best[key.first] &&
           (key.second.size() < term.surface.size() ||
            (key.second.size() == term.surface.size() && key.second > term.surface)));
      if (better) {
        best[key.first] = count;
        term.surface = key.second;
      }
    }
  }

 private:
  absl::flat_hash_map<std::pair<uint32_t, std::string>, int> counts_;
};

}  // namespace

absl::StatusOr<IndexResources> IndexResources::LoadDefault() {
  IndexResources resources;
  ASSIGN_OR_RETURN(resources.stopwords, StopwordList::LoadDefault());
  ASSIGN_OR_RETURN(resources.default_lexicon, FrameLexicon::LoadDefault());
  return resources;
}

absl::StatusOr<std::shared_ptr<const Index>> Index::Build(std::vector<StatementRecord> records,
                                                          int64_t revision,
                                                          IndexResources resources) {
  std::shared_ptr<Index> index(new Index());
  internal::IndexData& data = index->data_;
  data.revision = revision;
  data.default_lexicon = std::move(resources.default_lexicon);

  std::sort(records.begin(), records.end(), [](const StatementRecord& a, const StatementRecord& b) {
    return std::tie(a.article_id, a.ordinal, a.id) < std::tie(b.article_id, b.ordinal, b.id);
  });
  {
    absl::flat_hash_set<int64_t> ids;
    for (const StatementRecord& record : records) {
      if (!ids.insert(record.id).second) {
        return absl::InvalidArgumentError(
            absl::StrCat("statement id ", record.id, " occurs twice; ids must be unique"));
      }
      if (record.text.size() >= (uint64_t{1} << 32)) {
        return absl::InvalidArgumentError(
            absl::StrCat("statement ", record.id, " is larger than 4 GiB"));
      }
    }
  }

  std::array<GroupingBuilder, internal::kGroupingCount> groupings;
  absl::flat_hash_map<std::string, uint32_t> article_ids;
  absl::flat_hash_map<std::string, uint32_t> lower_to_word;  // written lower form -> word id
  absl::flat_hash_map<std::string, uint32_t> surface_words;  // for the prefix tables
  std::vector<uint32_t> unigram_of_word;                      // word id -> unigram term id
  SurfaceCounter surfaces;
  NameNormaliser normalise;
  internal::Stemmer stemmer;

  data.statements.reserve(records.size());
  std::vector<uint32_t> statement_terms;
  for (uint32_t s = 0; s < records.size(); ++s) {
    StatementRecord& record = records[s];
    internal::IndexedStatement statement;
    statement.id = record.id;
    statement.ordinal = record.ordinal;
    statement.kind = record.kind;
    statement.content = record.content;

    auto [article_it, new_article] =
        article_ids.emplace(record.article_id, static_cast<uint32_t>(data.articles.size()));
    if (new_article) {
      data.articles.push_back(internal::ArticleInfo{record.article_id,
                                                    normalise(record.article_source),
                                                    record.article_published,
                                                    ParseDate(record.article_published)});
    }
    statement.article = article_it->second;

    // Groupings.
    {
      const uint32_t g = groupings[internal::kArticle].Intern(record.article_id, record.article_id);
      groupings[internal::kArticle].AddName(g, absl::AsciiStrToLower(record.article_id));
      groupings[internal::kArticle].AddName(g, absl::StrCat("articles/", absl::AsciiStrToLower(record.article_id)));
      groupings[internal::kArticle].AddMember(s, g);
    }
    if (!record.article_source.empty()) {
      const uint32_t g = groupings[internal::kOutlet].Intern(normalise(record.article_source),
                                                             record.article_source);
      groupings[internal::kOutlet].AddMember(s, g);
    }
    const SpeakerRecord& speaker = record.speaker;
    if (!speaker.id.empty()) {
      GroupingBuilder& by_speaker = groupings[internal::kSpeaker];
      const uint32_t g = by_speaker.Intern(speaker.id, speaker.display_name);
      by_speaker.AddName(g, absl::AsciiStrToLower(speaker.id));
      by_speaker.AddName(g, absl::StrCat("speakers/", absl::AsciiStrToLower(speaker.id)));
      for (const std::string& alias : speaker.aliases) by_speaker.AddName(g, normalise(alias));
      by_speaker.AddMember(s, g);
      if (!speaker.description_article.empty()) by_speaker.MarkDescription(g);
      statement.speaker = g;  // remapped after Finish
      for (const std::string& organization : speaker.organizations) {
        const std::string& key = normalise(organization);
        if (key.empty()) continue;
        const uint32_t og = groupings[internal::kOrganization].Intern(key, organization);
        groupings[internal::kOrganization].AddMember(s, og);
      }
      for (const std::string& role : speaker.roles) {
        const std::string& key = normalise(role);
        if (key.empty()) continue;
        const uint32_t rg = groupings[internal::kRole].Intern(key, role);
        groupings[internal::kRole].AddMember(s, rg);
      }
    }

    // Tokens and terms.
    statement.tokens_begin = static_cast<uint32_t>(data.tokens.size());
    statement_terms.clear();
    std::vector<internal::Token> tokens = internal::Tokenize(record.text);
    uint32_t previous_term = kNone;
    for (internal::Token& token : tokens) {
      auto [word_it, new_lower] = lower_to_word.emplace(token.lower, 0);
      if (new_lower) {
        const std::string stem = stemmer.Stem(token.lower);
        auto [id_it, new_word] = data.word_ids.emplace(stem, static_cast<uint32_t>(data.words.size()));
        if (new_word) {
          data.words.push_back(stem);
          data.postings.emplace_back();
          unigram_of_word.push_back(kNone);
        }
        word_it->second = id_it->second;
        surface_words.emplace(token.lower, id_it->second);
      }
      const uint32_t word = word_it->second;
      internal::IndexedToken indexed;
      indexed.word = word;
      indexed.begin = token.begin;
      indexed.end = token.end;
      indexed.break_before = token.break_before;
      const bool is_term = !resources.stopwords.Contains(token.lower) &&
                           !internal::IsNumber(token.lower) && token.lower.size() > 1;
      if (is_term) {
        if (unigram_of_word[word] == kNone) {
          unigram_of_word[word] = static_cast<uint32_t>(data.terms.size());
          internal::Term term;
          term.key = data.words[word];
          term.ngram = 1;
          term.first = unigram_of_word[word];
          data.terms.push_back(std::move(term));
        }
        indexed.term = unigram_of_word[word];
        statement_terms.push_back(indexed.term);
        ++statement.unigrams;
        surfaces.Add(indexed.term, record.text.substr(token.begin, token.end - token.begin));
        if (previous_term != kNone && !token.break_before) {
          const uint64_t pair = (uint64_t{previous_term} << 32) | indexed.term;
          auto [bigram_it, new_bigram] =
              data.bigram_ids.emplace(pair, static_cast<uint32_t>(data.terms.size()));
          if (new_bigram) {
            internal::Term term;
            term.key = absl::StrCat(data.terms[previous_term].key, " ", data.terms[indexed.term].key);
            term.ngram = 2;
            term.first = previous_term;
            term.second = indexed.term;
            data.terms.push_back(std::move(term));
          }
          statement_terms.push_back(bigram_it->second);
          ++statement.bigrams;
          const internal::IndexedToken& before = data.tokens.back();
          surfaces.Add(bigram_it->second,
                       absl::StrCat(record.text.substr(before.begin, before.end - before.begin), " ",
                                    record.text.substr(token.begin, token.end - token.begin)));
        }
        previous_term = indexed.term;
      } else {
        previous_term = kNone;
      }
      std::vector<uint32_t>& posting = data.postings[word];
      if (posting.empty() || posting.back() != s) posting.push_back(s);
      data.tokens.push_back(indexed);
    }
    statement.tokens_end = static_cast<uint32_t>(data.tokens.size());

    std::sort(statement_terms.begin(), statement_terms.end());
    statement.terms_begin = static_cast<uint32_t>(data.term_counts.size());
    for (size_t i = 0; i < statement_terms.size();) {
      size_t j = i;
      while (j < statement_terms.size() && statement_terms[j] == statement_terms[i]) ++j;
      data.term_counts.push_back({statement_terms[i], static_cast<uint32_t>(j - i)});
      internal::Term& term = data.terms[statement_terms[i]];
      term.corpus_count += j - i;
      ++term.document_frequency;
      i = j;
    }
    statement.terms_end = static_cast<uint32_t>(data.term_counts.size());
    data.corpus_unigrams += statement.unigrams;
    data.corpus_bigrams += statement.bigrams;
    record.text.swap(statement.text);
    data.statements.push_back(std::move(statement));
  }
  surfaces.Assign(&data.terms);

  // Number terms by corpus frequency (most frequent first): a query's per-term lookups then
  // mostly touch the low ids, which stay in cache. Ties by key keep the numbering reproducible.
  {
    const size_t n = data.terms.size();
    std::vector<uint32_t> order(n);
    for (uint32_t t = 0; t < n; ++t) order[t] = t;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      const internal::Term& x = data.terms[a];
      const internal::Term& y = data.terms[b];
      if (x.corpus_count != y.corpus_count) return x.corpus_count > y.corpus_count;
      if (x.ngram != y.ngram) return x.ngram < y.ngram;
      return x.key < y.key;
    });
    std::vector<uint32_t> new_id(n);
    for (uint32_t t = 0; t < n; ++t) new_id[order[t]] = t;
    std::vector<internal::Term> terms(n);
    for (uint32_t t = 0; t < n; ++t) {
      terms[t] = std::move(data.terms[order[t]]);
      terms[t].first = new_id[terms[t].first];
      if (terms[t].ngram == 2) terms[t].second = new_id[terms[t].second];
    }
    data.terms = std::move(terms);
    for (internal::TermCount& tc : data.term_counts) tc.term = new_id[tc.term];
    for (const internal::IndexedStatement& statement : data.statements) {
      std::sort(data.term_counts.begin() + statement.terms_begin,
                data.term_counts.begin() + statement.terms_end,
                [](const internal::TermCount& a, const internal::TermCount& b) { return a.term < b.term; });
    }
    for (internal::IndexedToken& token : data.tokens) {
      if (token.term != kNone) token.term = new_id[token.term];
    }
    data.term_stats.reserve(n);
    for (const internal::Term& term : data.terms) {
      internal::IndexData::TermStats stats;
      stats.idf = std::log(static_cast<double>(data.statements.size()) / term.document_frequency);
      stats.corpus_count = static_cast<uint32_t>(std::min<uint64_t>(term.corpus_count, UINT32_MAX));
      stats.ngram = static_cast<uint32_t>(term.ngram);
      data.term_stats.push_back(stats);
    }
    data.hapax_begin = static_cast<uint32_t>(n);
    while (data.hapax_begin > 0 && data.terms[data.hapax_begin - 1].corpus_count == 1) --data.hapax_begin;
    data.hapax_bigram_begin = data.hapax_begin;
    while (data.hapax_bigram_begin < n && data.terms[data.hapax_bigram_begin].ngram == 1) {
      ++data.hapax_bigram_begin;
    }
    std::vector<uint32_t> by_key(n);
    for (uint32_t t = 0; t < n; ++t) by_key[t] = t;
    std::sort(by_key.begin(), by_key.end(),
              [&](uint32_t a, uint32_t b) { return data.terms[a].key < data.terms[b].key; });
    data.key_rank.resize(n);
    for (uint32_t r = 0; r < n; ++r) data.key_rank[by_key[r]] = r;
    data.bigram_ids.clear();
    for (uint32_t t = 0; t < n; ++t) {
      if (data.terms[t].ngram == 2) {
        data.bigram_ids[(uint64_t{data.terms[t].first} << 32) | data.terms[t].second] = t;
      }
    }
  }

  for (int kind = 0; kind < internal::kGroupingCount; ++kind) {
    std::vector<uint32_t> new_id = groupings[kind].Finish(data.statements.size(), &data.groupings[kind]);
    if (kind == internal::kSpeaker) {
      for (auto& statement : data.statements) {
        if (statement.speaker != kNone) statement.speaker = new_id[statement.speaker];
      }
    }
  }

  // Passages: adjacent statements of one speaker in one article (statements are sorted by
  // article, then ordinal). An unattributed statement is a passage of its own.
  uint32_t passage = 0;
  for (size_t s = 0; s < data.statements.size(); ++s) {
    internal::IndexedStatement& statement = data.statements[s];
    if (s > 0) {
      const internal::IndexedStatement& previous = data.statements[s - 1];
      const bool continues = previous.article == statement.article && statement.speaker != kNone &&
                             previous.speaker == statement.speaker;
      if (!continues) ++passage;
    }
    statement.passage = passage;
  }

  data.surfaces_sorted.assign(surface_words.begin(), surface_words.end());
  std::sort(data.surfaces_sorted.begin(), data.surfaces_sorted.end());
  data.stems_sorted.reserve(data.words.size());
  for (uint32_t w = 0; w < data.words.size(); ++w) data.stems_sorted.emplace_back(data.words[w], w);
  std::sort(data.stems_sorted.begin(), data.stems_sorted.end());

  // The default lexicon's triggers, once for every statement.
  data.default_compiled = internal::CompileLexicon(data, data.default_lexicon);
  internal::FrameMatcher matcher(data.default_compiled);
  for (internal::IndexedStatement& statement : data.statements) {
    statement.frame_hits_begin = static_cast<uint32_t>(data.default_frame_hits.size());
    matcher.Match(data, statement, &data.default_frame_hits);
    statement.frame_hits_end = static_cast<uint32_t>(data.default_frame_hits.size());
  }
  // Is membership a function of the unit? (Build takes any records: two statements of one
  // speaker could carry different organizations.)
  for (int kind = 0; kind < internal::kGroupingCount; ++kind) {
    const internal::Grouping& units = data.groupings[internal::UnitGrouping(kind)];
    internal::Grouping& grouping = data.groupings[kind];
    grouping.units_uniform = true;
    for (uint32_t s = 0; s < data.statements.size() && grouping.units_uniform; ++s) {
      const auto begin = grouping.members.begin();
      if (units.offsets[s] == units.offsets[s + 1]) {
        grouping.units_uniform = grouping.offsets[s] == grouping.offsets[s + 1];
        continue;
      }
      const uint32_t first = units.groups[units.members[units.offsets[s]]].statements.front();
      grouping.units_uniform =
          std::equal(begin + grouping.offsets[s], begin + grouping.offsets[s + 1],
                     begin + grouping.offsets[first], begin + grouping.offsets[first + 1]);
    }
  }

  // Term counts and frame hits of the large groups, summed once here (see
  // kGroupCountsMinStatements). Units (speakers, articles) are summed from their statements
  // first; a group that is a union of whole units is then summed from its units' sums where
  // they have them, which reads far less than its statements.
  {
    const size_t entry_count = data.default_compiled.entries.size();
    const size_t frame_count = data.default_compiled.frame_count;
    std::vector<uint32_t> dense(data.terms.size(), 0), dense_statements(data.terms.size(), 0);
    std::vector<uint32_t> touched;
    std::vector<uint32_t> entry_hits(entry_count, 0), frame_statements(frame_count, 0);
    std::vector<uint32_t> frame_seen(frame_count, kNone);
    auto add_statement = [&](internal::Group& group, uint32_t s) {
      const internal::IndexedStatement& statement = data.statements[s];
      for (uint32_t k = statement.terms_begin; k < statement.terms_end; ++k) {
        const internal::TermCount& tc = data.term_counts[k];
        if (dense[tc.term] == 0) touched.push_back(tc.term);
        dense[tc.term] += tc.count;
        ++dense_statements[tc.term];
      }
      group.statement_term_entries += statement.terms_end - statement.terms_begin;
      group.unigrams += statement.unigrams;
      group.bigrams += statement.bigrams;
      for (uint32_t h = statement.frame_hits_begin; h < statement.frame_hits_end; ++h) {
        const internal::FrameHit& hit = data.default_frame_hits[h];
        entry_hits[hit.entry] += hit.count;
        const uint32_t frame = data.default_compiled.entries[hit.entry].frame;
        if (frame_seen[frame] != s) {
          frame_seen[frame] = s;
          ++frame_statements[frame];
        }
      }
    };
    auto add_unit = [&](internal::Group& group, const internal::Grouping& units,
                        const internal::Group& unit) {
      for (size_t k = unit.counts_begin; k < unit.counts_end; ++k) {
        const internal::TermCount& tc = units.term_counts[k];
        if (dense[tc.term] == 0) touched.push_back(tc.term);
        dense[tc.term] += tc.count;
        dense_statements[tc.term] += units.term_statements[k];
      }
      group.statement_term_entries += unit.statement_term_entries;
      group.unigrams += unit.unigrams;
      group.bigrams += unit.bigrams;
      for (size_t k = unit.entry_hits_begin; k < unit.entry_hits_end; ++k) {
        entry_hits[units.entry_hits[k].term] += units.entry_hits[k].count;
      }
      for (size_t k = unit.frame_statements_begin; k < unit.frame_statements_end; ++k) {
        frame_statements[units.frame_statements[k].term] += units.frame_statements[k].count;
      }
    };
    std::vector<uint32_t> unit_seen;  // unit -> the last group that took it, as group index + 1
    const int kOrder[] = {internal::kSpeaker, internal::kOrganization, internal::kRole,
                          internal::kArticle, internal::kOutlet};
    for (int kind : kOrder) {
      internal::Grouping& grouping = data.groupings[kind];
      const internal::GroupingKind unit_kind = internal::UnitGrouping(kind);
      const internal::Grouping& units = data.groupings[unit_kind];
      const bool from_units = unit_kind != kind && grouping.units_uniform;
      unit_seen.assign(from_units ? units.groups.size() : 0, 0);
      const size_t min_statements = unit_kind == kind ? internal::kUnitCountsMinStatements
                                                      : internal::kGroupCountsMinStatements;
      for (uint32_t g = 0; g < grouping.groups.size(); ++g) {
        internal::Group& group = grouping.groups[g];
        if (group.statements.size() < min_statements) continue;
        for (uint32_t s : group.statements) {
          if (!from_units) {
            add_statement(group, s);
            continue;
          }
          // Every statement of a unit is in the group (units_uniform): take the unit whole.
          const uint32_t u = unit_kind == internal::kSpeaker ? data.statements[s].speaker
                                                             : units.members[units.offsets[s]];
          if (!units.groups[u].has_counts) {
            add_statement(group, s);
          } else if (unit_seen[u] != g + 1) {
            unit_seen[u] = g + 1;
            add_unit(group, units, units.groups[u]);
          }
        }
        std::sort(touched.begin(), touched.end());
        group.has_counts = true;
        group.counts_begin = grouping.term_counts.size();
        for (uint32_t term : touched) {
          grouping.term_counts.push_back({term, dense[term]});
          grouping.term_statements.push_back(dense_statements[term]);
          dense[term] = 0;
          dense_statements[term] = 0;
        }
        group.counts_end = grouping.term_counts.size();
        touched.clear();
        group.entry_hits_begin = grouping.entry_hits.size();
        for (uint32_t e = 0; e < entry_count; ++e) {
          if (entry_hits[e] != 0) grouping.entry_hits.push_back({e, entry_hits[e]});
          entry_hits[e] = 0;
        }
        group.entry_hits_end = grouping.entry_hits.size();
        group.frame_statements_begin = grouping.frame_statements.size();
        for (uint32_t f = 0; f < frame_count; ++f) {
          if (frame_statements[f] != 0) grouping.frame_statements.push_back({f, frame_statements[f]});
          frame_statements[f] = 0;
          frame_seen[f] = kNone;
        }
        group.frame_statements_end = grouping.frame_statements.size();
      }
      grouping.term_counts.shrink_to_fit();
      grouping.term_statements.shrink_to_fit();
      grouping.entry_hits.shrink_to_fit();
      grouping.frame_statements.shrink_to_fit();
    }
  }

  // Term postings by (uses desc, statement asc), and frame postings by statement.
  {
    const size_t n = data.terms.size();
    data.term_posting_offsets.assign(n + 1, 0);
    for (const internal::TermCount& tc : data.term_counts) ++data.term_posting_offsets[tc.term + 1];
    for (size_t t = 0; t < n; ++t) data.term_posting_offsets[t + 1] += data.term_posting_offsets[t];
    std::vector<std::pair<uint32_t, uint32_t>> entries(data.term_counts.size());  // (uses, statement)
    std::vector<uint32_t> cursor(data.term_posting_offsets.begin(), data.term_posting_offsets.end() - 1);
    for (uint32_t s = 0; s < data.statements.size(); ++s) {
      const internal::IndexedStatement& statement = data.statements[s];
      for (uint32_t k = statement.terms_begin; k < statement.terms_end; ++k) {
        entries[cursor[data.term_counts[k].term]++] = {data.term_counts[k].count, s};
      }
    }
    data.term_postings.resize(entries.size());
    for (size_t t = 0; t < n; ++t) {
      // Filled in statement order: a stable sort by uses desc gives (uses desc, statement asc).
      auto begin = entries.begin() + data.term_posting_offsets[t];
      auto end = entries.begin() + data.term_posting_offsets[t + 1];
      std::stable_sort(begin, end, [](const auto& a, const auto& b) { return a.first > b.first; });
      for (auto it = begin; it != end; ++it) data.term_postings[it - entries.begin()] = it->second;
    }

    const size_t frame_count = data.default_compiled.frame_count;
    std::vector<std::vector<uint32_t>> by_frame(frame_count);
    for (uint32_t s = 0; s < data.statements.size(); ++s) {
      const internal::IndexedStatement& statement = data.statements[s];
      for (uint32_t h = statement.frame_hits_begin; h < statement.frame_hits_end; ++h) {
        std::vector<uint32_t>& list = by_frame[data.default_compiled.entries[data.default_frame_hits[h].entry].frame];
        if (list.empty() || list.back() != s) list.push_back(s);
      }
    }
    data.frame_posting_offsets.assign(1, 0);
    for (const std::vector<uint32_t>& list : by_frame) {
      data.frame_postings.insert(data.frame_postings.end(), list.begin(), list.end());
      data.frame_posting_offsets.push_back(static_cast<uint32_t>(data.frame_postings.size()));
    }
  }

  // Every group's statements per speaker.
  {
    std::vector<uint32_t> per_speaker(data.groupings[internal::kSpeaker].groups.size(), 0);
    std::vector<uint32_t> seen;
    for (internal::Grouping& grouping : data.groupings) {
      for (internal::Group& group : grouping.groups) {
        for (uint32_t s : group.statements) {
          const uint32_t speaker = data.statements[s].speaker;
          if (speaker != kNone && per_speaker[speaker]++ == 0) seen.push_back(speaker);
        }
        group.speaker_counts.reserve(seen.size());
        for (uint32_t speaker : seen) {
          group.speaker_counts.emplace_back(speaker, per_speaker[speaker]);
          per_speaker[speaker] = 0;
        }
        seen.clear();
      }
    }
  }

  data.statement_speaker.reserve(data.statements.size());
  data.statement_passage.reserve(data.statements.size());
  data.statement_article.reserve(data.statements.size());
  for (const internal::IndexedStatement& statement : data.statements) {
    data.statement_speaker.push_back(statement.speaker);
    data.statement_passage.push_back(statement.passage);
    data.statement_article.push_back(statement.article);
  }
  return std::shared_ptr<const Index>(std::move(index));
}

}  // namespace policy::compare

// Sections: a very long text is extracted in pieces, and the pieces' results joined.
//
//   for (const Section& s : SplitSections(text, 256 << 10)) {
//     Extraction part = ...extract text.substr(s.begin, s.end - s.begin)...;
//     joiner.Append(std::move(part), s.begin);
//   }
//   Extraction all = joiner.Take();
//
// Why: in-document resolution looks back over an article's earlier mentions (a surname's
// full name, a pronoun's antecedent, the statement a quote continues), so its cost grows
// with the square of the article's length. News articles are a few KB (the longest of the
// evaluation set is 34 KB); a transcript or a report pasted whole can be megabytes, and one
// such text must not hold a server thread for seconds. Sections are cut at paragraph breaks
// and are far longer than any article, so articles are never cut and give the same result.
//
// Thread safety: plain functions and a value type; a SectionJoiner is used by one thread.
#ifndef POLICY_SERVER_EXTRACT_INTERNAL_SECTIONS_H_
#define POLICY_SERVER_EXTRACT_INTERNAL_SECTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "server/core/model.h"

namespace policy::extract_internal {

struct Section {
  size_t begin = 0;  // byte range [begin, end) of the text
  size_t end = 0;
};

// Cuts `text` (valid UTF-8) into consecutive sections of at most `max_bytes` (> 0) that tile
// it. A cut goes after the last line break of the section's second half, else after its
// last space, else at the last character boundary: a paragraph, a word and a character are
// never split where the text allows otherwise. One section if text.size() <= max_bytes.
std::vector<Section> SplitSections(std::string_view text, size_t max_bytes);

// Joins the extractions of consecutive sections into one extraction of the whole text:
// offsets become offsets into the whole text, and speakers of the same name (in any ASCII
// case) in different sections become one speaker, of the kind it first had, with their
// roles, organizations and aliases united: as in-document resolution joins the mentions of
// one name within a section.
class SectionJoiner {
 public:
  // `part` is the extraction of the section starting at byte `offset`; sections must be
  // appended in text order.
  void Append(Extraction part, size_t offset);
  Extraction Take() { return std::move(joined_); }

 private:
  Extraction joined_;
  absl::flat_hash_map<std::string, int> speaker_by_key_;  // lower-cased name -> index
};

}  // namespace policy::extract_internal

#endif  // POLICY_SERVER_EXTRACT_INTERNAL_SECTIONS_H_

// Domain types shared by the extraction, storage and comparison libraries. Plain values: no
// gRPC, no protobuf, no storage handles. The service layer maps them to and from policy.v1.
//
//   policy::Article a{.id = "a1", .text = "\"We will grow,\" Li said."};
//   auto extraction = extractor->Extract(a.text);   // policy::Extraction
//   store->PutArticle(a, *extraction);
#ifndef POLICY_SERVER_CORE_MODEL_H_
#define POLICY_SERVER_CORE_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace policy {

// A half-open range [begin, end) of UTF-8 bytes in an article's text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class StatementKind { kDirect = 1, kIndirect = 2, kMixed = 3 };
enum class SpeakerKind { kUnknown = 0, kPerson = 1, kGroup = 2, kOrganization = 3, kDocument = 4 };

// "direct" / "indirect" / "mixed": the names used in JSON output and the evaluation contract.
std::string_view StatementKindName(StatementKind kind);
// "person" / "group" / "organization" / "document" / "unknown".
std::string_view SpeakerKindName(SpeakerKind kind);

// A speaker as resolved inside one article.
struct SpeakerProfile {
  std::string name;                        // display name: "Zhou Yunjie", "Government Work Report"
  SpeakerKind kind = SpeakerKind::kUnknown;
  // At most 16 roles and 16 organizations per article (a bound of the resolver's; real
  // profiles hold a few).
  std::vector<std::string> roles;          // "chairman and CEO", "deputy to the 14th NPC"
  std::vector<std::string> organizations;  // canonical names: "Haier"; a named
                                           // organization speaker lists itself
  std::vector<std::string> aliases;        // other mentions: "Zhou", "Mr. Zhou"
  // True when every mention was a common-noun description ("officials", "a spokesman for the
  // governor", "the company") rather than a name: such a speaker is only known within its
  // article, so the store never joins it with a speaker of another article.
  bool description = false;
};

// One statement extracted from an article.
struct ExtractedStatement {
  Span content;                // the reported words, without attribution or quote marks
  StatementKind kind = StatementKind::kIndirect;
  std::string cue;             // "said", "called for", "according to"; empty for continuations
  Span cue_span;               // where the cue is; empty when there is none
  Span sentence;               // the sentence(s) the statement came from
  int speaker = -1;            // index into Extraction::speakers; -1 when unattributed
  std::string speaker_mention; // the mention as written: "He", "Zhou", "Cao Peng"
};

// Everything extracted from one article.
struct Extraction {
  std::vector<SpeakerProfile> speakers;       // resolved within the article
  std::vector<ExtractedStatement> statements; // ordered by content.begin
};

// An article as supplied by a client.
struct Article {
  std::string id;         // client id or derived content hash
  std::string title;
  std::string source;     // outlet
  std::string url;
  std::string published;  // "YYYY-MM-DD" or empty
  std::string text;       // valid UTF-8
};

}  // namespace policy

#endif  // POLICY_SERVER_CORE_MODEL_H_

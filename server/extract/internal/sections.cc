#include "server/extract/internal/sections.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"

namespace policy::extract_internal {
namespace {

// The last position in (from, to] just after byte `c`, or 0 if there is none.
size_t CutAfterLast(std::string_view text, size_t from, size_t to, char c) {
  const size_t at = text.substr(from, to - from).rfind(c);
  return at == std::string_view::npos ? 0 : from + at + 1;
}

void AddMissing(const std::vector<std::string>& from, std::vector<std::string>* to) {
  for (const std::string& s : from) {
    if (std::find(to->begin(), to->end(), s) == to->end()) to->push_back(s);
  }
}

void Shift(Span* span, size_t offset) {
  if (span->empty()) return;  // "none" stays as it was
  span->begin += offset;
  span->end += offset;
}

}  // namespace

std::vector<Section> SplitSections(std::string_view text, size_t max_bytes) {
  std::vector<Section> sections;
  size_t begin = 0;
  while (text.size() - begin > max_bytes) {
    const size_t limit = begin + max_bytes;
    const size_t half = begin + max_bytes / 2;
    size_t cut = CutAfterLast(text, half, limit, '\n');
    if (cut == 0) cut = CutAfterLast(text, half, limit, ' ');
    if (cut == 0) {
      cut = limit;  // no break at all: at a character boundary (not before a continuation)
      while (cut > begin + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    sections.push_back({begin, cut});
    begin = cut;
  }
  sections.push_back({begin, text.size()});
  return sections;
}

void SectionJoiner::Append(Extraction part, size_t offset) {
  std::vector<int> index_of(part.speakers.size());
  for (size_t i = 0; i < part.speakers.size(); ++i) {
    SpeakerProfile& speaker = part.speakers[i];
    // Keyed by the lower-cased name alone, as the resolver keys a section's speakers: the
    // kind is the first section's.
    const auto [it, inserted] = speaker_by_key_.try_emplace(
        absl::AsciiStrToLower(speaker.name), static_cast<int>(joined_.speakers.size()));
    index_of[i] = it->second;
    if (inserted) {
      joined_.speakers.push_back(std::move(speaker));
      continue;
    }
    SpeakerProfile& known = joined_.speakers[it->second];
    AddMissing(speaker.roles, &known.roles);
    AddMissing(speaker.organizations, &known.organizations);
    AddMissing(speaker.aliases, &known.aliases);
    known.description = known.description && speaker.description;
  }
  for (ExtractedStatement& statement : part.statements) {
    Shift(&statement.content, offset);
    Shift(&statement.cue_span, offset);
    Shift(&statement.sentence, offset);
    if (statement.speaker >= 0) statement.speaker = index_of[statement.speaker];
    joined_.statements.push_back(std::move(statement));
  }
}

}  // namespace policy::extract_internal

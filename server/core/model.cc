#include "server/core/model.h"

namespace policy {

std::string_view StatementKindName(StatementKind kind) {
  switch (kind) {
    case StatementKind::kDirect: return "direct";
    case StatementKind::kIndirect: return "indirect";
    case StatementKind::kMixed: return "mixed";
  }
  return "indirect";
}

std::string_view SpeakerKindName(SpeakerKind kind) {
  switch (kind) {
    case SpeakerKind::kPerson: return "person";
    case SpeakerKind::kGroup: return "group";
    case SpeakerKind::kOrganization: return "organization";
    case SpeakerKind::kDocument: return "document";
    case SpeakerKind::kUnknown: break;
  }
  return "unknown";
}

}  // namespace policy

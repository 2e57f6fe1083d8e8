#include "server/service/internal/wire.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "policy/internal/lenient_wire.pb.h"
#include "server/core/utf8.h"

namespace policy {
namespace {

template <typename Lenient>
absl::Status ParseBuffer(const grpc::ByteBuffer& buffer, Lenient* out, const char* what) {
  grpc::Slice slice;
  if (!buffer.DumpToSingleSlice(&slice).ok() ||
      !out->ParseFromArray(slice.begin(), static_cast<int>(slice.size()))) {
    return absl::InvalidArgumentError(
        absl::StrCat("request is not a valid ", what, " message (check the client's stubs)"));
  }
  return absl::OkStatus();
}

v1::Article FromLenient(const internal::LenientArticle& in) {
  v1::Article out;
  out.set_id(in.id());
  out.set_title(in.title());
  out.set_source(in.source());
  out.set_url(in.url());
  out.set_published(in.published());
  out.set_text(in.text());
  return out;
}

}  // namespace

absl::StatusOr<v1::Article> ParseLenientIngestRequest(const grpc::ByteBuffer& message) {
  internal::LenientIngestArticlesRequest request;
  if (absl::Status s = ParseBuffer(message, &request, "policy.v1.IngestArticlesRequest");
      !s.ok()) {
    return s;
  }
  return FromLenient(request.article());
}

absl::StatusOr<std::vector<v1::Article>> ParseLenientAnalyzeRequest(
    const grpc::ByteBuffer& message) {
  internal::LenientAnalyzeArticlesRequest request;
  if (absl::Status s = ParseBuffer(message, &request, "policy.v1.AnalyzeArticlesRequest");
      !s.ok()) {
    return s;
  }
  std::vector<v1::Article> articles;
  articles.reserve(request.articles_size());
  for (const auto& article : request.articles()) articles.push_back(FromLenient(article));
  return articles;
}

std::string PrintableId(const std::string& id) {
  return FindInvalidUtf8(id) == std::string::npos ? id : absl::CHexEscape(id);
}

absl::Status SerializeToByteBuffer(const google::protobuf::Message& message,
                                   grpc::ByteBuffer* buffer) {
  std::string bytes;
  if (!message.SerializeToString(&bytes)) {
    return absl::InternalError("cannot serialize the response");
  }
  grpc::Slice slice(std::move(bytes));
  *buffer = grpc::ByteBuffer(&slice, 1);
  return absl::OkStatus();
}

}  // namespace policy

// Raw request and response bytes for the batch RPCs (IngestArticles, AnalyzeArticles).
//
// Those requests are parsed with the wire-compatible mirrors of
// proto/policy/internal/lenient_wire.proto, so an article whose text is not valid UTF-8 is
// rejected on its own (by ArticleFromProto or the extractor, with the byte offset) instead of
// failing the whole message.
//
//   ASSIGN_OR_RETURN(v1::Article article, ParseLenientIngestRequest(buffer));
#ifndef POLICY_SERVER_SERVICE_INTERNAL_WIRE_H_
#define POLICY_SERVER_SERVICE_INTERNAL_WIRE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "google/protobuf/message.h"
#include "grpcpp/support/byte_buffer.h"
#include "policy/v1/resources.pb.h"

namespace policy {

// A serialized policy.v1.IngestArticlesRequest -> its article, with string fields copied as
// bytes (not yet validated). INVALID_ARGUMENT if the bytes are not a protobuf message at all.
absl::StatusOr<v1::Article> ParseLenientIngestRequest(const grpc::ByteBuffer& message);

// A serialized policy.v1.AnalyzeArticlesRequest -> its articles, as above.
absl::StatusOr<std::vector<v1::Article>> ParseLenientAnalyzeRequest(
    const grpc::ByteBuffer& message);

// `id` if it is valid UTF-8, else its C-escaped form: safe to put into a response string.
std::string PrintableId(const std::string& id);

// Serializes `message` into `buffer`. INTERNAL on failure.
absl::Status SerializeToByteBuffer(const google::protobuf::Message& message,
                                   grpc::ByteBuffer* buffer);

}  // namespace policy

#endif  // POLICY_SERVER_SERVICE_INTERNAL_WIRE_H_

// SHA-256 (FIPS 180-4), for content hashes, derived article ids and request hashes.
// Self-contained so that no crypto library is a dependency; not for security purposes.
//
//   std::string hex = policy::Sha256Hex("abc");  // "ba7816bf..."
#ifndef POLICY_SERVER_CORE_SHA256_H_
#define POLICY_SERVER_CORE_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace policy {

// Incremental hasher: Update() any number of times, then Finish() once.
class Sha256 {
 public:
  Sha256();
  void Update(std::string_view data);
  std::array<uint8_t, 32> Finish();

 private:
  void Compress(const uint8_t block[64]);

  std::array<uint32_t, 8> state_;
  std::array<uint8_t, 64> buffer_;
  size_t buffered_ = 0;
  uint64_t total_bytes_ = 0;
};

// Lower-case hex digest of `data` (64 characters).
std::string Sha256Hex(std::string_view data);

}  // namespace policy

#endif  // POLICY_SERVER_CORE_SHA256_H_

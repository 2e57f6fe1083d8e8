// SHA-256 (FIPS 180-4), self-contained so the store needs no crypto library.
//
//   std::string hex = policy::store_internal::Sha256Hex("abc");
//   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
//
// Used for article content hashes (change detection, not security). Thread-compatible: a
// Sha256 object is owned by one thread; the free functions are thread-safe.
#ifndef POLICY_SERVER_STORE_INTERNAL_SHA256_H_
#define POLICY_SERVER_STORE_INTERNAL_SHA256_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace policy::store_internal {

class Sha256 {
 public:
  using Digest = std::array<uint8_t, 32>;

  Sha256();
  // Appends bytes to the message.
  void Update(std::string_view data);
  // Completes the hash. The object must not be used afterwards.
  Digest Finish();

 private:
  void Compress(const uint8_t* block);

  std::array<uint32_t, 8> state_;
  std::array<uint8_t, 64> buffer_;
  size_t buffered_ = 0;
  uint64_t total_bytes_ = 0;
};

// Lower-case hexadecimal SHA-256 of `data` (64 characters).
std::string Sha256Hex(std::string_view data);

}  // namespace policy::store_internal

#endif  // POLICY_SERVER_STORE_INTERNAL_SHA256_H_

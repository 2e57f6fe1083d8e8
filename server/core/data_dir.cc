#include "server/core/data_dir.h"

#include <cstdlib>

namespace policy {

std::string DataDir() {
  const char* dir = std::getenv("POLICY_DATA_DIR");
  if (dir != nullptr && dir[0] != '\0') return dir;
  return std::string(POLICY_SOURCE_DIR) + "/data";
}

}  // namespace policy

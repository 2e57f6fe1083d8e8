// Where policyd finds its data files (lexicons, frame lexicon, stopwords).
//
//   std::string cues = policy::DataDir() + "/lexicon/cues.tsv";
#ifndef POLICY_SERVER_CORE_DATA_DIR_H_
#define POLICY_SERVER_CORE_DATA_DIR_H_

#include <string>

namespace policy {

// $POLICY_DATA_DIR when set and non-empty, else the source tree's data/ directory (compiled in
// as POLICY_SOURCE_DIR), so a binary run from the build tree needs no configuration.
std::string DataDir();

}  // namespace policy

#endif  // POLICY_SERVER_CORE_DATA_DIR_H_

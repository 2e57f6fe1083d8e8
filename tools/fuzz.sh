#!/usr/bin/env bash
# Fuzzes the extractor with libFuzzer under AddressSanitizer and UBSan (clang 14, installed by
# tools/setup.sh). Builds tools/fuzz/extract_fuzz.cc in build-fuzz/ and runs it for SECONDS
# (default 60) on the sample article and the unit tests' sentences as seeds; a crash or a
# broken contract leaves the input in build-fuzz/crashes/ and exits non-zero.
#
#   tools/fuzz.sh [SECONDS]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
build="$repo/build-fuzz"
bash "$repo/tools/setup.sh" --fuzz >/dev/null
# _GLIBCXX_ASSERTIONS bounds-checks std::vector's operator[]: AddressSanitizer alone misses a
# read one past a vector's end that stays inside its capacity (the token vector's usually
# does).
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fsanitize=fuzzer-no-link"
sanitize="$sanitize -D_GLIBCXX_ASSERTIONS"
# (Configured every time, so that a change of the flags above reaches an existing build.)
CC=clang CXX=clang++ cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPOLICY_BUILD_TESTS=OFF -DPOLICY_BUILD_BENCHMARKS=OFF -DPOLICY_BUILD_FUZZERS=ON \
  -DCMAKE_C_FLAGS="$sanitize" -DCMAKE_CXX_FLAGS="$sanitize" >/dev/null
cmake --build "$build" -j2 --target extract_fuzz >/dev/null

corpus="$build/corpus"
mkdir -p "$corpus" "$build/crashes"
cp "$repo"/data/sample/*.txt "$corpus/"
# One seed per quoted test sentence, so the fuzzer starts from every construction we test.
grep -o 'Statements("[^)]*")' "$repo/tests/extract/extractor_test.cc" | sed 's/^Statements(//; s/)$//' |
  awk '{ print > sprintf("'"$corpus"'/test_%03d.txt", NR) }'
cd "$build"
exec ./bin/extract_fuzz -max_total_time="$seconds" -max_len=8192 -timeout=10 \
  -dict="$repo/tools/fuzz/extract.dict" \
  -artifact_prefix="$build/crashes/" "$corpus"

#!/usr/bin/env bash
# Configures and builds everything into build/ (binaries in build/bin/). Safe to rerun: an
# up-to-date tree builds in seconds. Extra arguments go to the CMake configure step.
# POLICY_BUILD_TARGETS="policyd policyctl" builds only those targets (the quick start does:
# it needs no tests or benchmarks; tools/test.sh builds the rest).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
elif [ $# -gt 0 ]; then
  cmake -S . -B build "$@"
fi
if [ -n "${POLICY_BUILD_TARGETS:-}" ]; then
  # shellcheck disable=SC2086  # a list of target names
  cmake --build build -j "$jobs" --target ${POLICY_BUILD_TARGETS}
else
  cmake --build build -j "$jobs"
fi

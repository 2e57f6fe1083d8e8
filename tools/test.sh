#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, builds, and runs every test with CTest
# (unit, service, end-to-end, client-language and report-rendering tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
bash tools/build.sh
cd build
ctest --output-on-failure --timeout 600 -j 2

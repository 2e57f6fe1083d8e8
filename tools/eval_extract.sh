#!/usr/bin/env bash
# Scores the statement extractor in one command: builds policy-extract if needed, runs it
# over the seed gold (the sample article) and PolNeAR train, and prints score.py's table for
# both. Evaluation data is read from ../shared at run time and never copied into the repo.
#
#   tools/eval_extract.sh [--errors N]     # N missed/spurious examples per set (default 0)
#
# Environment: BUILD_DIR (default build-extract), SHARED_DIR (default <repo>/../shared).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$repo/build-extract}"
shared="${SHARED_DIR:-$repo/../shared}"
errors=0
if [[ "${1:-}" == "--errors" ]]; then errors="${2:?--errors needs a number}"; fi

score="$shared/eval/score.py"
if [[ ! -f "$score" ]]; then
  echo "eval_extract: $score not found; set SHARED_DIR to the shared/ directory" >&2
  exit 1
fi
if [[ ! -f "$build/build.ninja" && ! -f "$build/Makefile" ]]; then
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j2 --target policy-extract >/dev/null
extract="$build/bin/policy-extract"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

run_set() {  # name gold
  local name="$1" gold="$2"
  if [[ ! -f "$gold" ]]; then
    echo "== $name: $gold not found, skipped"
    return
  fi
  # The gold lines carry the text; the extractor ignores the other fields.
  "$extract" "$gold" > "$tmp/$name.jsonl"
  echo "== $name ($(wc -l < "$gold") articles)"
  python3 "$score" "$gold" "$tmp/$name.jsonl" --errors "$errors"
}

run_set seed "$shared/eval/seed_gold.jsonl"
run_set polnear-train "$shared/eval/polnear-train.jsonl"

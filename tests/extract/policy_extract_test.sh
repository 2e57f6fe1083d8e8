#!/bin/sh
# policy-extract's contract (tools/extract_jsonl.cc): one output line per readable article, in
# the same bytes on every run (`policyctl analyze`'s writer, keys in a fixed order), and a line
# it cannot read reported on stderr and skipped with exit code 2, without losing the articles
# around it.
# Usage: policy_extract_test.sh POLICY_EXTRACT DATA_DIR
set -u
extract=$1
export POLICY_DATA_DIR=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "policy_extract_test: $*" >&2; exit 1; }

{
  cat "$POLICY_DATA_DIR/sample/sample.jsonl"
  echo 'not json'
  echo '{"id": "x2", "text": "Tom Lee said the ferry would run. \"We are ready,\" Ann Ray said."}'
} > "$dir/in.jsonl"

"$extract" "$dir/in.jsonl" > "$dir/a.jsonl" 2> "$dir/a.err"
status=$?
[ "$status" -eq 2 ] || fail "exit code $status for a file with one bad line, want 2"
grep -q "in.jsonl:2:" "$dir/a.err" || fail "the bad line is not reported by number: $(cat "$dir/a.err")"
[ "$(wc -l < "$dir/a.jsonl")" -eq 2 ] || fail "want 2 output lines, got $(wc -l < "$dir/a.jsonl")"

"$extract" "$dir/in.jsonl" > "$dir/b.jsonl" 2> /dev/null
cmp -s "$dir/a.jsonl" "$dir/b.jsonl" || fail "two runs over the same input differ"

expected='{"id": "x2", "statements": [{"begin": 13, "end": 32, "speaker": "Tom Lee", "organization": null, "kind": "indirect", "cue": "said", "text": "the ferry would run"}, {"begin": 35, "end": 48, "speaker": "Ann Ray", "organization": null, "kind": "direct", "cue": "said", "text": "We are ready,"}]}'
[ "$(sed -n 2p "$dir/a.jsonl")" = "$expected" ] ||
  fail "second line: $(sed -n 2p "$dir/a.jsonl"), want $expected"
echo "policy_extract_test: ok"

#!/usr/bin/env bash
# A nightly regression run: ingest new articles, write today's report, diff it against the last
# one, and exit non-zero when the answers drifted. docs/scripting.md walks through it.
#
#   tools/regression.sh --spec reports/spec.yaml [--reports reports] [ARTICLES...]
#   tools/regression.sh --spec reports/spec.yaml incoming/ || notify "framing drift"
#
# Steps:
#   1. `policyctl ingest ARTICLES...` (skipped when none are given). Re-ingesting unchanged
#      articles is a no-op, so pointing it at a whole inbox every night is fine.
#   2. `policyctl report SPEC --format json -o REPORTS/DATE.json` (and DATE.html with --html).
#      The report is written to a temporary file first, so a failed run leaves no half report.
#   3. `policyctl diff PREVIOUS.json REPORTS/DATE.json`, where PREVIOUS is the newest report
#      dated before DATE; its output is shown and saved as REPORTS/DATE.diff.txt. The first
#      run has nothing to compare with: it writes the baseline and exits 0.
#
# Exit codes:
#   0   no drift beyond the thresholds (or the baseline was written)
#   10  drift: the diff found changes beyond the thresholds (policyctl diff's drift code)
#   4   no drift, but some ingested inputs were malformed or rejected (see stderr)
#   1   bad command line; 2, 3, 5 a policyctl step failed with that code (see docs/cli.md)
#   5   also: the reports directory cannot be created, or another run holds its lock
set -euo pipefail

usage() {
  cat <<'EOF'
usage: tools/regression.sh --spec SPEC [options] [ARTICLES...]
  --spec FILE        report spec (YAML or JSON; see docs/cli.md, `policyctl report`)
  --reports DIR      directory of dated reports (default: reports)
  --date YYYY-MM-DD  date of today's report (default: today, UTC)
  --server ADDR      policyd address (default: $POLICY_SERVER, else 127.0.0.1:50051)
  --policyctl PATH   policyctl binary (default: build/bin/policyctl, else policyctl on PATH)
  --html             also write REPORTS/DATE.html
  --diff-arg ARG     extra argument for `policyctl diff` (repeatable), e.g. a threshold flag
ARTICLES are .txt/.jsonl files or directories for `policyctl ingest`.
EOF
}

die() {  # die CODE MESSAGE
  echo "regression: $2" >&2
  exit "$1"
}

repo="$(cd "$(dirname "$0")/.." && pwd)"
spec=""
reports="reports"
date="$(date -u +%Y-%m-%d)"
policyctl=""
html=0
diff_args=()
articles=()
while [ $# -gt 0 ]; do
  case "$1" in
    --spec) spec="${2:?--spec needs a file}"; shift 2 ;;
    --reports) reports="${2:?--reports needs a directory}"; shift 2 ;;
    --date) date="${2:?--date needs YYYY-MM-DD}"; shift 2 ;;
    --server) export POLICY_SERVER="${2:?--server needs HOST:PORT}"; shift 2 ;;
    --policyctl) policyctl="${2:?--policyctl needs a path}"; shift 2 ;;
    --html) html=1; shift ;;
    --diff-arg) diff_args+=("${2?--diff-arg needs an argument}"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; articles+=("$@"); break ;;
    -*) usage >&2; die 1 "unknown option $1" ;;
    *) articles+=("$1"); shift ;;
  esac
done

[ -n "$spec" ] || { usage >&2; die 1 "--spec is required"; }
[ -f "$spec" ] || die 1 "spec $spec does not exist"
[[ "$date" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || die 1 "--date must be YYYY-MM-DD, got $date"
if [ -z "$policyctl" ]; then
  if [ -x "$repo/build/bin/policyctl" ]; then
    policyctl="$repo/build/bin/policyctl"
  else
    policyctl="$(command -v policyctl)" ||
      die 1 "no policyctl: build it (tools/build.sh) or pass --policyctl"
  fi
fi
mkdir -p "$reports" || die 5 "cannot create $reports"
# One run at a time per reports directory: an overlapping cron run must not race on DATE.json.
exec 9>"$reports/.lock"
flock -n 9 || die 5 "another regression run is using $reports (lock $reports/.lock)"

# 1. Ingest. Exit 4 (some inputs bad) is not fatal: the rest was stored; remember it.
ingest_status=0
if [ ${#articles[@]} -gt 0 ]; then
  echo "regression: ingesting ${articles[*]}" >&2
  "$policyctl" ingest "${articles[@]}" >&2 || ingest_status=$?
  case "$ingest_status" in
    0) ;;
    4) echo "regression: some inputs were malformed or rejected (above); continuing" >&2 ;;
    *) die "$ingest_status" "ingest failed (policyctl exit $ingest_status)" ;;
  esac
fi

# 2. Today's report, written atomically.
today="$reports/$date.json"
tmp="$(mktemp --suffix=.json "$reports/.$date.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
status=0
"$policyctl" report "$spec" --format json > "$tmp" || status=$?
[ "$status" -eq 0 ] || die "$status" "report failed (policyctl exit $status)"
chmod "$(printf '%o' $((0666 & ~0$(umask))))" "$tmp"  # mktemp makes 0600; reports are shared
mv -f "$tmp" "$today"
echo "regression: wrote $today" >&2
if [ "$html" -eq 1 ]; then
  status=0
  "$policyctl" report "$spec" --format html -o "$reports/$date.html" || status=$?
  [ "$status" -eq 0 ] || die "$status" "HTML report failed (policyctl exit $status)"
fi

# 3. Diff against the newest earlier report (names sort by date).
previous=""
for candidate in "$reports"/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].json; do
  [ -e "$candidate" ] || continue
  [[ "$(basename "$candidate")" < "$date.json" ]] && previous="$candidate"
done
if [ -z "$previous" ]; then
  echo "regression: no earlier report in $reports; $today is the baseline" >&2
  exit "$ingest_status"
fi

echo "regression: diff $previous $today" >&2
status=0
"$policyctl" diff "${diff_args[@]}" "$previous" "$today" > "$reports/$date.diff.txt" || status=$?
cat "$reports/$date.diff.txt"
case "$status" in
  0) echo "regression: no drift since $(basename "$previous" .json)" >&2; exit "$ingest_status" ;;
  10) echo "regression: DRIFT since $(basename "$previous" .json); see $reports/$date.diff.txt" >&2
      exit 10 ;;
  *) die "$status" "diff failed (policyctl exit $status)" ;;
esac

#!/usr/bin/env bash
# The Quick start: install dependencies, build, start policyd on the bundled sample with the
# embedded SQLite store, and print how the leaders of Haier, JD, Gree and TCL frame innovation.
#
# policyd keeps running afterwards (on 127.0.0.1:50051, database build/quickstart.db, log
# build/policyd.log) so you can go on with build/bin/policyctl; stop it with
#   kill "$(cat build/policyd.pid)"
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
POLICY_BUILD_TARGETS="policyd policyctl" bash tools/build.sh  # (tools/test.sh builds the rest)

address=${POLICY_SERVER:-127.0.0.1:50051}
if [ -f build/policyd.pid ] && kill -0 "$(cat build/policyd.pid)" 2>/dev/null; then
  kill "$(cat build/policyd.pid)"      # a policyd from an earlier quick start
  while kill -0 "$(cat build/policyd.pid)" 2>/dev/null; do sleep 0.1; done
fi
rm -f build/quickstart.db build/quickstart.db-wal build/quickstart.db-shm
build/bin/policyd --listen "$address" --db build/quickstart.db > build/policyd.log 2>&1 &
echo $! > build/policyd.pid
for _ in $(seq 1 100); do
  grep -q "listening on" build/policyd.log 2>/dev/null && break
  kill -0 "$(cat build/policyd.pid)" 2>/dev/null || { cat build/policyd.log; exit 1; }
  sleep 0.1
done

export POLICY_SERVER=$address
build/bin/policyctl ingest data/sample/sample.jsonl
echo
build/bin/policyctl compare --topic innovation --by organization Haier JD Gree TCL
echo
echo "policyd is still running on $address (pid $(cat build/policyd.pid)); try:"
echo "  build/bin/policyctl speakers"
echo "  build/bin/policyctl statements search 'digital'"
echo "Stop it with: kill \"\$(cat build/policyd.pid)\""

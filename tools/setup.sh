#!/usr/bin/env bash
# Installs every Debian 12 package the build and the tests need. Idempotent: safe to rerun.
# Run as root (or with sudo). Only apt-get is used; nothing else is downloaded.
#   tools/setup.sh          the build, the tests and the benchmarks
#   tools/setup.sh --fuzz   also clang and its libFuzzer runtime, for tools/fuzz.sh
set -euo pipefail

packages=(
  build-essential cmake pkg-config git ca-certificates
  libgrpc++-dev libgrpc-dev protobuf-compiler-grpc protobuf-compiler libprotobuf-dev
  libabsl-dev libsqlite3-dev sqlite3 libstemmer-dev libcli11-dev libicu-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev libyaml-dev
  python3 python3-grpcio python3-grpc-tools python3-yaml
  chromium
)
if [[ "${1:-}" == "--fuzz" ]]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Node.js and npm come with the machine image (a newer build than Debian's); install Debian's only if absent.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup: all packages present"
fi

# The Node.js example client's dependencies (@grpc/grpc-js, @grpc/proto-loader) from the npm
# registry, exactly as pinned by clients/node/package-lock.json. Skipped when node_modules was
# already installed from the same lock file.
node_dir="$(cd "$(dirname "$0")/.." && pwd)/clients/node"
lock_stamp="$node_dir/node_modules/.installed-from-lock"
lock_hash="$(sha256sum "$node_dir/package-lock.json" | cut -d' ' -f1)"
if [ -f "$lock_stamp" ] && [ "$(cat "$lock_stamp")" = "$lock_hash" ]; then
  echo "setup: clients/node dependencies present"
else
  echo "setup: installing clients/node dependencies (npm ci)"
  (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > "$lock_stamp"
fi

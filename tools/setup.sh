#!/usr/bin/env bash
# Installs every Debian 12 package the build and the tests need. Idempotent: safe to rerun.
# Run as root (or with sudo). Only apt-get is used; nothing else is downloaded.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git ca-certificates
  libgrpc++-dev libgrpc-dev protobuf-compiler-grpc protobuf-compiler libprotobuf-dev
  libabsl-dev libsqlite3-dev sqlite3 libstemmer-dev libcli11-dev libicu-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  python3 python3-grpcio python3-grpc-tools python3-yaml
  chromium
)

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

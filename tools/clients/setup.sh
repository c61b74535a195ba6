#!/usr/bin/env bash
# Installs what the client tools need; running it again does nothing when all is in place.
#   node_modules here: `npm ci` from package-lock.json, again whenever the lock file changes (its hash is kept in
#                      node_modules/.lock-sha256, which `npm ci` wipes with the rest)
#   chromium:          Debian's package, for render-card.js, unless `chromium` is already on PATH
# Needs Node.js 20 or later with npm; the packages come from the npm registry, nothing else is downloaded.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$major" -ge 20 ] || { echo "[clients] Node.js 20 or later is needed (found: $(node --version 2>/dev/null || echo none))" >&2; exit 1; }

lock=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-sha256 2>/dev/null)" != "$lock" ]; then
  echo "[clients] npm ci in $(pwd)" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$lock" > node_modules/.lock-sha256
fi

if ! command -v chromium >/dev/null 2>&1; then
  echo "[clients] installing Debian chromium" >&2
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
echo "[clients] ready: $(pwd)/node_modules, $(command -v chromium)" >&2

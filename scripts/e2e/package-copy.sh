#!/usr/bin/env bash
# Packages the extension from a throwaway copy of the work tree into OUT.vsix, after running an optional
# shell command in that copy (to break something on purpose). It checks that the real-editor tests catch
# a broken extension without touching the shared work tree. Example: a hover provider that returns nothing
#   bash scripts/e2e/package-copy.sh /tmp/broken.vsix \
#     "sed -i 's|^\(  provideHover(.*{\)$|\1 return undefined;|' src/extension/hover.ts"
#   node scripts/e2e/build.mjs --no-package && E2E_VSIX=/tmp/broken.vsix npx mocha --config test/e2e/mocharc.json
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$(realpath -m "$1")"
CHANGE="${2:-}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$ROOT"
tar --exclude=./node_modules --exclude=./.cache --exclude=./.git --exclude=./out --exclude=./dist \
    --exclude=./test-results --exclude='./*.vsix' -cf - . | tar -xf - -C "$tmp"
ln -s "$ROOT/node_modules" "$tmp/node_modules"
cd "$tmp"
if [ -n "$CHANGE" ]; then bash -c "$CHANGE"; fi
node esbuild.mjs --production
node_modules/.bin/vsce package --no-dependencies --allow-missing-repository --skip-license \
  --baseContentUrl https://example.invalid/ --baseImagesUrl https://example.invalid/ -o "$OUT" >/dev/null
echo "packaged $OUT"

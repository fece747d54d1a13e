#!/usr/bin/env bash
# The Attest extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3, the last
# release on Node 20), driven by Debian's Chromium through playwright-core. Installs the
# .vsix, opens a copy of seeds/ with an attest.toml, and checks in the UI what a writer sees
# (test.mjs says what, step by step).
#
#   bash editors/vscode/e2e/run.sh
#
# Installs what is missing: Debian packages (as root, with apt-get), then this folder's npm
# packages from the npm registry. Nothing else is downloaded: `rg`, which code-server's
# @vscode/ripgrep would fetch from GitHub, is Debian's, placed in that package's cache; no
# browser is downloaded; VS Code looks up no extension gallery.
#
# Where the install is impossible (not root and packages missing, no apt-get, no registry,
# no Node 20), it says why and exits 0: "skipped: …". Once installed, a failing check exits 1.
#
# Output, in $ATTEST_E2E_OUT (default target/vscode-e2e/ at the top of the repository; CI
# keeps it as an artefact):
#   screenshots/NN-<step>.png   one per step; NN-<step>-FAILED.png where a step failed
#   code-server.log             code-server's own output
#   attest-output.log           the extension's "Attest" output channel
#   vscode-logs.txt             every log VS Code wrote (extension host, window, server)
#
# Environment: ATTEST_BIN (default: release build, built if absent), ATTEST_VSIX (default:
# editors/vscode/attest-*.vsix, packaged if absent), ATTEST_E2E_OUT, CHROMIUM.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ext="$(dirname "$here")"
repo="$(cd "$here/../../.." && pwd)"
out="${ATTEST_E2E_OUT:-$repo/target/vscode-e2e}"
mkdir -p "$out"
t0=$SECONDS

skip() {
    echo "skipped: the VS Code end-to-end test: $*"
    exit 0
}

# Debian packages: native modules of code-server, and the browser and rg.
apt_packages=(build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev chromium ripgrep)
missing=()
for p in "${apt_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [ "${#missing[@]}" -gt 0 ]; then
    if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
        skip "no apt-get to install ${missing[*]}"
    fi
    if [ "$(id -u)" != 0 ]; then
        skip "not root, cannot install ${missing[*]} (apt-get install ${missing[*]} as root, then run again)"
    fi
    echo "== apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get update -qq || ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
        skip "apt-get could not install ${missing[*]}"
    fi
fi
chromium_bin="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium_bin" ] || skip "no Chromium at $chromium_bin"
command -v rg >/dev/null 2>&1 || skip "no rg (Debian's ripgrep)"

command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || skip "no node and npm"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = 20 ] || skip "code-server 4.100.3 needs Node 20, this is Node $(node --version)"

# This folder's npm packages: code-server and playwright-core, as package-lock.json pins them.
# npm's cache (~/.npm) speeds a second install; node_modules is kept while the lock and Node
# are the same (a stamp), so a second run on one machine installs nothing.
stamp="$(cat "$here/package-lock.json" <(node --version) | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$here/node_modules/.attest-e2e-stamp" 2>/dev/null)" != "$stamp" ]; then
    if ! timeout 30 npm ping >/dev/null 2>&1; then
        skip "the npm registry does not answer (npm ping)"
    fi
    # code-server's @vscode/ripgrep fetches rg from GitHub unless the tarball it wants is in
    # its cache, $TMPDIR/vscode-ripgrep-cache-<its version>/: Debian's rg goes there. The
    # version and asset name are those that code-server 4.100.3's lib/vscode pins.
    tmp="$out/tmp"
    rg_cache="$tmp/vscode-ripgrep-cache-1.15.11"
    mkdir -p "$rg_cache"
    (cd "$rg_cache" && cp "$(command -v rg)" rg && tar czf ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz rg && rm rg)
    echo "== npm ci in editors/vscode/e2e (code-server builds native modules: a few minutes)"
    i0=$SECONDS
    # root runs code-server's postinstall only with unsafe_perm; that postinstall runs npx
    # (yes); node-gyp builds against Debian's Node headers (nodedir), it cannot download any.
    if ! (cd "$here" && TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
        npm ci --no-audit --no-fund --loglevel=error); then
        echo "error: npm ci failed in editors/vscode/e2e (the registry answers: see above)" >&2
        exit 1
    fi
    echo "$stamp" >"$here/node_modules/.attest-e2e-stamp"
    rm -rf "$tmp"
    echo "   installed in $((SECONDS - i0)) s"
fi

# The server: a release build of this checkout, as users run (built every time, which
# costs nothing when it is fresh: a binary left from older sources would test them).
bin="${ATTEST_BIN:-${CARGO_TARGET_DIR:-$repo/target}/release/attest}"
if [ -z "${ATTEST_BIN:-}" ]; then
    echo "== cargo build --release"
    (cd "$repo" && cargo build --release)
fi

# The extension.
vsix="${ATTEST_VSIX:-}"
if [ -z "$vsix" ]; then
    shopt -s nullglob
    found=("$ext"/attest-*.vsix)
    shopt -u nullglob
    if [ "${#found[@]}" -eq 0 ]; then
        echo "== npm run package (editors/vscode)"
        (cd "$ext" && npm ci --no-audit --no-fund --loglevel=error && npm run package)
        found=("$ext"/attest-*.vsix)
    fi
    vsix="${found[0]}"
fi

echo "== the extension in code-server, driven by Chromium (screenshots: $out/screenshots/)"
r0=$SECONDS
status=0
(cd "$here" && ATTEST_BIN="$bin" ATTEST_VSIX="$vsix" ATTEST_E2E_OUT="$out" CHROMIUM="$chromium_bin" node test.mjs) || status=$?
echo "   ran in $((SECONDS - r0)) s, $((SECONDS - t0)) s in all"
exit "$status"

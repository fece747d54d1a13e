#!/usr/bin/env bash
# The VS Code extension: installs its pinned dependencies, type-checks it, runs its unit
# tests and packages it to a .vsix. Needs npm and the npm registry, nothing else.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v npm >/dev/null 2>&1; then
    echo "skipped: npm not found"
    exit 0
fi
echo "node $(node --version), npm $(npm --version)"

rm -f ./*.vsix
npm ci --no-audit --no-fund
npm test
npm run package

shopt -s nullglob
vsix=(./*.vsix)
if [ "${#vsix[@]}" -eq 0 ]; then
    echo "error: npm run package wrote no .vsix" >&2
    exit 1
fi
ls -l "${vsix[@]}"

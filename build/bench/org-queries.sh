#!/usr/bin/env bash
# Organisation queries at scale on a warm process: permission checks (throughput and per-call latency) and members of
# the largest unit's root department with its sub-departments. Two organisations of 130,000 members and 10,000
# departments: the one org-import.sh uses (20 units with 8 top departments each) and the worst case for the subtree
# query — one unit under a single root department.
# Usage: build/bench/org-queries.sh [--checks N] [--seed N]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"

echo "Building Release..."
dotnet build build/bench/Platform.Bench.Organization/Platform.Bench.Organization.csproj -c Release -nologo -v quiet -clp:"ErrorsOnly;NoSummary"

bench=(dotnet "$repo/build/bench/Platform.Bench.Organization/bin/Release/net10.0/Platform.Bench.Organization.dll")
out="$repo/artifacts/bench"
mkdir -p "$out"
[ -f "$out/org.json" ] || "${bench[@]}" generate --out "$out/org.json"
[ -f "$out/org-one-root.json" ] || "${bench[@]}" generate --out "$out/org-one-root.json" --units 1 --roots 1

echo "== 20 units, 8 top departments each =="
"${bench[@]}" queries --file "$out/org.json" --work "$out/org-queries-work" "$@"
echo
echo "== one unit under a single root department =="
"${bench[@]}" queries --file "$out/org-one-root.json" --work "$out/org-queries-work" "$@"

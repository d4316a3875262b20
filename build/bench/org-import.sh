#!/usr/bin/env bash
# Organisation bulk import at scale (see docs/org-import.md, "Performance"): generates a deterministic organisation of
# 130,000 members, 10,000 departments (depth up to 8), 2,000 posts and 30,000 concurrent posts, then measures — each in
# a fresh process — a full import into an empty SQLite database, a re-import of the unchanged file, and a raw
# prepared-statement insert of the same rows; prints seconds, peak working sets, the ratio and the goals.
# Usage: build/bench/org-import.sh [--runs N] [--seed N] [--members N]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"

runs=3
generate_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --seed|--members|--departments|--posts|--concurrent) generate_args+=("$1" "$2"); shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

echo "Building Release..."
dotnet build build/bench/Platform.Bench.Organization/Platform.Bench.Organization.csproj -c Release -nologo -v quiet -clp:"ErrorsOnly;NoSummary"

bench=(dotnet "$repo/build/bench/Platform.Bench.Organization/bin/Release/net10.0/Platform.Bench.Organization.dll")
out="$repo/artifacts/bench"
mkdir -p "$out"

"${bench[@]}" generate --out "$out/org.json" "${generate_args[@]}"
"${bench[@]}" import --file "$out/org.json" --runs "$runs" --work "$out/org-import-work"

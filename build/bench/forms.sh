#!/usr/bin/env bash
# Form engine benchmark, in-process on a SQLite file (WAL), Release build:
#   1. create: 2,000 records of a 60-field form with a 200×8 sub-table and 10 computed fields (validate, compute, save)
#   2. query: 100,000 records of one form; pages of 50 filtered on one queryable field and sorted on another
#   Each create is broken down (run-queue wait, thread CPU, processing, SQL, commit, GC, WAL checkpoints, JIT) so the
#   figures explain themselves on a loaded machine; see docs/forms.md, Performance.
# Usage: build/bench/forms.sh [--creates N] [--warmup N] [--records N] [--queries N] [--work DIR]
#   experiments: [--raw] [--stages] [--sync normal] [--autocheckpoint N] [--checkpointer MS] (records 0 skips the queries)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"

echo "Building Release..."
dotnet build build/bench/Platform.Bench.Forms/Platform.Bench.Forms.csproj -c Release -nologo -v quiet -clp:"ErrorsOnly;NoSummary"

mkdir -p "$repo/artifacts/bench"
dotnet "$repo/build/bench/Platform.Bench.Forms/bin/Release/net10.0/Platform.Bench.Forms.dll" --work "$repo/artifacts/bench" "$@"

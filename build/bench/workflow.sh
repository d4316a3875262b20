#!/usr/bin/env bash
# Workflow engine benchmark, Release build (see README.md, "Workflow"):
#   1. throughput: 4 concurrent clients starting and completing start -> countersign (All) of 3 -> single -> end; completed
#      approvals/s, p50/p99, against the same-shaped raw SQLite transaction in the same run (engine/raw ratio);
#      then a one-client profile counting every SQL statement per operation
#   2. my to-dos: 1,000,000 historical instances (seeded once, cached in artifacts/bench/workflow-todos-<N>); page of 50
#      in-process, over HTTP through the real host, and as raw SQL
# Usage: build/bench/workflow.sh [--clients N] [--warmup S] [--seconds S] [--raw-seconds S] [--profile N]
#                                [--instances N] [--queries N] [--skip throughput,todos,http] [--work DIR]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"

echo "Building Release..."
dotnet build build/bench/Platform.Bench.Workflow/Platform.Bench.Workflow.csproj -c Release -nologo -v quiet -clp:"ErrorsOnly;NoSummary"
dotnet build host/Platform.Host/Platform.Host.csproj -c Release -nologo -v quiet -clp:"ErrorsOnly;NoSummary"

mkdir -p "$repo/artifacts/bench"
dotnet "$repo/build/bench/Platform.Bench.Workflow/bin/Release/net10.0/Platform.Bench.Workflow.dll" --work "$repo/artifacts/bench" --repo "$repo" "$@"

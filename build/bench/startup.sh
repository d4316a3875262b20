#!/usr/bin/env bash
# Startup benchmark: cold start of the plugin host vs the same host with the apps linked statically (see README.md).
# Usage: build/bench/startup.sh [--iterations N]
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"

echo "Building Release..."
dotnet build Platform.sln -c Release -nologo -v quiet

dotnet "$repo/build/bench/Platform.Bench.Startup/bin/Release/net10.0/Platform.Bench.Startup.dll" --repo "$repo" "$@"

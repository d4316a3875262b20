#!/usr/bin/env bash
# Shared by the build scripts: repository root, and a clear message when the .NET SDK is missing.
set -euo pipefail
PLATFORM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PLATFORM_ROOT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK 10 is required (dotnet was not found on PATH). Install it, then run this again." >&2
  exit 1
fi
if ! dotnet --list-sdks | grep -q '^10\.'; then
  echo "The .NET SDK 10 is required; found: $(dotnet --list-sdks | tr '\n' ' ')" >&2
  exit 1
fi

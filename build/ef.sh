#!/usr/bin/env bash
# Runs dotnet-ef on a module project through its design-time build (separate bin-design/ and obj-design/ folders;
# see build/Common.props and build/Plugin.targets), so the plugin's normal, runtime-free build is never touched.
#
#   build/ef.sh apps/Platform.Apps.News migrations add AddCategories --output-dir Persistence/Migrations
#   build/ef.sh apps/Platform.Apps.News migrations list
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 2 ] || { echo "usage: build/ef.sh <project folder> <dotnet-ef arguments…>" >&2; exit 2; }
project="$1"; shift
cd "$root"
dotnet tool restore >/dev/null
export PlatformDesignTime=true
dotnet restore "$project" >/dev/null
dotnet ef "$@" --project "$project"

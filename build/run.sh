#!/usr/bin/env bash
# Builds the host and the app plugins, then starts the host on its embedded default:
# SQLite in ./data, plugins from artifacts/plugins, at http://localhost:5080.
# Extra arguments go to `platform serve`, e.g.  build/run.sh --urls http://0.0.0.0:8080 --data-dir /srv/platform
# `build/run.sh --demo` first runs `platform demo seed` (demo organisation and apps' demo data; docs/documents.md#demo-data).
set -euo pipefail
demo=false
if [ "${1:-}" = "--demo" ]; then demo=true; shift; fi
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$PLATFORM_ROOT"

echo "Building host and plugins (Release)…"
dotnet build host/Platform.Host/Platform.Host.csproj -c Release -nologo -v quiet -clp:"ErrorsOnly;NoSummary"
for app in apps/*/*.csproj; do
  dotnet build "$app" -c Release -nologo -v quiet -clp:"ErrorsOnly;NoSummary"
done

# Defaults through configuration, so that --data-dir / --plugins-dir given on the command line still win.
export Platform__DataDirectory="${Platform__DataDirectory:-$PLATFORM_ROOT/data}"
export Platform__PluginsDirectory="${Platform__PluginsDirectory:-$PLATFORM_ROOT/artifacts/plugins}"
if [ "$demo" = true ]; then
  seed_args=(); args=("$@")
  for ((i = 0; i < ${#args[@]}; i++)); do  # the same --data-dir / --plugins-dir as serve
    case "${args[i]}" in --data-dir|--plugins-dir) seed_args+=("${args[i]}" "${args[i+1]:-}") ;; esac
  done
  dotnet host/Platform.Host/bin/Release/net10.0/Platform.Host.dll demo seed "${seed_args[@]}"
fi
exec dotnet host/Platform.Host/bin/Release/net10.0/Platform.Host.dll serve "$@"

#!/usr/bin/env bash
# Builds an example bundle into a runnable distribution, from this checkout:
#   build/bundles/build.sh portal            → artifacts/bundles/portal/   (then: artifacts/bundles/portal/run.sh)
#   build/bundles/build.sh office -o /srv/office
# Steps: build the host and the app plugins (Release); create a development signing key once
# (artifacts/dev-keys/dev.*.pem — a development key, never a vendor's real one); pack every built plugin into
# artifacts/packages/plugins/; copy the bundle folder to artifacts/bundles/<name>.src/ and lock it there (package
# signatures differ on every pack, so the lock belongs to the packages just made, not to the repository); check; build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"
cd "$PLATFORM_ROOT"

name="${1:-}"
if [ -z "$name" ] || [ ! -f "build/bundles/$name/bundle.json" ]; then
  echo "usage: build/bundles/build.sh <$(ls -d build/bundles/*/ | xargs -n1 basename | paste -sd'|')> [-o DIR]" >&2
  exit 2
fi
shift
output="artifacts/bundles/$name"
if [ "${1:-}" = "-o" ] || [ "${1:-}" = "--output" ]; then
  output="$2"
fi

echo "Building host and plugins (Release)…"
dotnet build host/Platform.Host/Platform.Host.csproj -c Release -nologo -v quiet -clp:"ErrorsOnly;NoSummary"
for app in apps/*/*.csproj; do
  dotnet build "$app" -c Release -nologo -v quiet -clp:"ErrorsOnly;NoSummary"
done
host_dir="$PLATFORM_ROOT/host/Platform.Host/bin/Release/net10.0"
platform() { dotnet "$host_dir/Platform.Host.dll" "$@"; }

keys="$PLATFORM_ROOT/artifacts/dev-keys"
if [ ! -f "$keys/dev.private.pem" ]; then
  platform keys create --out "$keys" --id dev
fi

packages="$PLATFORM_ROOT/artifacts/packages/plugins"
mkdir -p "$packages"
for plugin in artifacts/plugins/*/; do
  platform plugin pack "$plugin" --key "$keys/dev.private.pem" --out "$packages/"
done

work="$PLATFORM_ROOT/artifacts/bundles/$name.src"
rm -rf "$work" "$output"
mkdir -p "$work/trust/plugins"
cp -R "build/bundles/$name/." "$work/"
cp "$keys/dev.pub.pem" "$work/trust/plugins/dev.pub.pem"

platform bundle lock "$work" --packages "$packages"
platform bundle check "$work" --packages "$packages"
platform bundle build "$work" --packages "$packages" -o "$output" --host-dir "$host_dir"

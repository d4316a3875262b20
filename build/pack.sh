#!/usr/bin/env bash
# Packs what vendors and developers consume into artifacts/packages/ (or -o DIR): every project under api-contracts/,
# core/, host/ and build/templates/ whose kind makes it packable (IsPackable, see build/*.targets) — the contract
# packages, the engines, the host and its test kit (Platform.Testing), and the dotnet new templates (Platform.Templates).
#
# Package builds are deterministic CI builds with symbols (.snupkg) and Source Link, in bin-pack/ and obj-pack/ so they
# never disturb everyday builds. Each contract package is validated against its last released version in
# build/baselines/: a breaking change fails this script unless the package's major version was raised
# (docs/contract-versioning.md).
#
#   build/pack.sh                      pack into artifacts/packages/
#   build/pack.sh -o DIR               pack into DIR
#   build/pack.sh --update-baselines   pack, then record each contract package whose version has no baseline yet as
#                                      released (replacing its previous baseline and dropping the project's
#                                      CompatibilitySuppressions.xml); add --force to replace a baseline of the same
#                                      version (only for a version that was never shipped)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

output="$PLATFORM_ROOT/artifacts/packages"
update_baselines=false
force=false
while [ $# -gt 0 ]; do
  case "$1" in
    -o|--output) output="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --update-baselines) update_baselines=true; shift ;;
    --force) force=true; shift ;;
    -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pack.sh: unknown argument '$1' (see build/pack.sh --help)" >&2; exit 2 ;;
  esac
done
cd "$PLATFORM_ROOT"

# Projects are found by folder; whether one produces a package is its own kind's decision (IsPackable).
mapfile -t projects < <(find api-contracts core host build/templates -mindepth 2 -maxdepth 2 -name '*.csproj' 2>/dev/null | sort)
[ ${#projects[@]} -gt 0 ] || { echo "pack.sh: no projects found" >&2; exit 1; }

# One MSBuild run over all of them (a generated solution), so shared references are built once.
work="$PLATFORM_ROOT/artifacts/obj/pack"
mkdir -p "$work"
solution="$work/packages.slnx"
{
  echo '<Solution>'
  for project in "${projects[@]}"; do
    echo "  <Project Path=\"../../../$project\" />"
  done
  echo '</Solution>'
} >"$solution"

mkdir -p "$output"
rm -f "$output"/*.nupkg "$output"/*.snupkg
echo "Packing ${#projects[@]} projects into $output …"
dotnet pack "$solution" -c Release -nologo -v minimal -clp:"NoSummary" \
  -p:PlatformPack=true -p:PackageOutputPath="$output/" -nodeReuse:false

count=$(find "$output" -maxdepth 1 -name '*.nupkg' | wc -l)
echo "$count packages in $output"

if [ "$update_baselines" = true ]; then
  baselines="$PLATFORM_ROOT/build/baselines"
  mkdir -p "$baselines"
  for project in api-contracts/*/*.csproj; do
    id="$(basename "$project" .csproj)"
    package=$(find "$output" -maxdepth 1 -regextype posix-extended -regex ".*/${id//./\\.}\.[0-9]+\.[0-9]+\.[0-9]+\.nupkg" | head -n 1)
    [ -n "$package" ] || { echo "  $id: no release package (prerelease versions are never baselines)"; continue; }
    name="$(basename "$package")"
    if [ -f "$baselines/$name" ] && [ "$force" != true ]; then
      echo "  $id: $name is already the released baseline"
      continue
    fi
    find "$baselines" -maxdepth 1 -regextype posix-extended -regex ".*/${id//./\\.}\.[0-9]+\.[0-9]+\.[0-9]+\.nupkg" -delete
    cp "$package" "$baselines/$name"
    echo "  $id: $name recorded as the released baseline"
    # Suppressions were against the previous release; the new baseline already contains what they allowed.
    suppressions="$(dirname "$project")/CompatibilitySuppressions.xml"
    if [ -f "$suppressions" ]; then
      rm "$suppressions"
      echo "  $id: removed $suppressions (it was against the previous baseline)"
    fi
  done
fi

#!/usr/bin/env bash
# Builds the solution and runs every test project. Prints, as its last line, "N passed, N failed" summed over all
# test assemblies; exits non-zero when a test failed, a test run broke off, or no test ran at all.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$PLATFORM_ROOT"

results="$PLATFORM_ROOT/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

echo "Building (Release)…"
dotnet build Platform.sln -c Release -nologo -v quiet -clp:"ErrorsOnly;NoSummary"

status=0
projects=$(find tests -mindepth 2 -maxdepth 2 -name '*.Tests.csproj' | sort)
for project in $projects; do
  name=$(basename "$project" .csproj)
  echo "Testing $name…"
  if ! dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results"; then
    status=1
  fi
  if [ ! -f "$results/$name.trx" ]; then
    echo "$name: no test results were written (the test run broke off)." >&2
    status=1
  fi
done

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*' "$trx" | head -n 1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
done

if [ $((passed + failed)) -eq 0 ]; then
  echo "No test ran." >&2
  status=1
fi
if [ "$failed" -gt 0 ]; then
  status=1
fi
echo "$passed passed, $failed failed"
exit $status

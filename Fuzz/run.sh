#!/usr/bin/env bash
# Builds the libFuzzer targets in .build-fuzz and runs each for SECONDS (default 60) from the
# committed seed corpus plus the test packs, then prints each target's executions and
# coverage. A crash stops the run with status 1 and leaves the input under
# .build-fuzz/artifacts/TARGET/; commit it to Fuzz/Crashes/TARGET/ with the fix.
#
#   Fuzz/run.sh [SECONDS] [TARGET...]    TARGET: json pack keys search tsv (default: all five)
#
# Extra libFuzzer options go in FUZZ_OPTIONS, e.g. FUZZ_OPTIONS="-jobs=4 -workers=4".
# FUZZ_CONFIGURATION=release fuzzes an optimised build: many more executions a second for
# a much longer build; the default debug build keeps Swift's assertions.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json pack keys search tsv)

# Every module gets AddressSanitizer and libFuzzer's coverage (what -sanitize=fuzzer adds),
# but libFuzzer itself is linked without its main: the fuzz binaries keep their own main and
# call LLVMFuzzerRunDriver, and the build's other executables (EmbedTool, which embeds
# the resources) link and run as usual.
scratch=.build-fuzz
configuration=${FUZZ_CONFIGURATION:-debug}
clang_lib=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")/lib/clang
libfuzzer=$(ls "$clang_lib"/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)
flags=(-Xswiftc -sanitize=address
  -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
  -Xswiftc -DFUZZING -Xlinker "$libfuzzer" -Xlinker -lstdc++)
mkdir -p "$scratch/logs"
for product in FuzzJSON FuzzPack FuzzKeys FuzzSearch FuzzTSV; do
  if ! ASAN_OPTIONS=detect_leaks=0 swift build -c "$configuration" --scratch-path "$scratch" "${flags[@]}" \
    --product "$product" >"$scratch/logs/build-$product.log" 2>&1; then
    grep -v "Cannot export local symbol" "$scratch/logs/build-$product.log" >&2
    exit 1
  fi
done
bin=$(swift build -c "$configuration" --scratch-path "$scratch" --show-bin-path)

# Seeds beyond Fuzz/Corpus: folders libFuzzer reads but never writes.
seeds_for() {
  case $1 in
    json) echo "Tests/ShowModelTests/BrokenPacks Tests/ShowModelTests/Fixtures \
      Tests/ShowModelTests/Fixtures/tvmaze Resources" ;;
    pack) echo "Tests/ShowModelTests/BrokenPacks Tests/ShowModelTests/Fixtures \
      Tests/BrowserCoreTests/Fixtures Resources" ;;
    tsv) echo "Tests/ImdbImportTests/Fixtures/quirks" ;;
    *) echo "" ;;
  esac
}
# Inputs beyond these sizes only slow the search down; packs get room for the built-in one.
max_len_for() {
  case $1 in
    json | pack) echo 65536 ;;
    search | tsv) echo 4096 ;;
    *) echo 512 ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  case $target in
    json) binary=FuzzJSON ;;
    pack) binary=FuzzPack ;;
    keys) binary=FuzzKeys ;;
    search) binary=FuzzSearch ;;
    tsv) binary=FuzzTSV ;;
    *) echo "unknown target $target (json, pack, keys, search, tsv)" >&2; exit 2 ;;
  esac
  corpus="$scratch/corpus/$target"
  artifacts="$scratch/artifacts/$target"
  log="$scratch/logs/$target.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  # shellcheck disable=SC2046
  if ASAN_OPTIONS=detect_leaks=0 "$bin/$binary" -max_total_time="$seconds" \
    -max_len="$(max_len_for "$target")" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" ${FUZZ_OPTIONS:-} "$corpus" "Fuzz/Corpus/$target" \
    $(seeds_for "$target") >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
  corpus_size=$(grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" | tail -1 || true)
  printf '%-7s %-6s %10s executions in %ss, %s, %s\n' \
    "$target" "$result" "$runs" "$seconds" "$coverage" "$corpus_size"
  if [ "$result" = FAILED ]; then
    grep -E 'ERROR|Fatal error|fuzz invariant|SUMMARY|Test unit written|panic' "$log" | head -20 >&2
  fi
done
exit $status

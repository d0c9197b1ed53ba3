#!/usr/bin/env bash
# P2 spawn overhead (sessions.md §16): p50(session runner: step 3 start -> first parsed event)
#   - p50(bare ProcessBuilder.start() -> first stdout line), stub harness, 200 runs of each variant.
# Prints one JSON line per figure on stdout (progress on stderr), merges them into benchmarks/target/results.json,
# exits 1 when the target (<= 50 ms) is missed. Extra arguments go to SpawnOverheadBenchmark, e.g. --runs 50.
# DONMAI_BENCH_REBUILD=1 rebuilds the jar first; DONMAI_BENCH_RESULTS=<file> writes elsewhere.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_build_if_missing
exec "$JAVA" -cp "$JAR" dev.donmai.benchmarks.SpawnOverheadBenchmark --results "$RESULTS" --fail-on-miss "$@"

#!/usr/bin/env bash
# Every benchmark of sessions.md §16 that exists, one after another, then the target check over results.json.
# Exits 1 when any target was missed (every benchmark still runs).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_build_if_missing
status=0
# P2 first: P1 creates and deletes ~10^5 files, which slows file creation for minutes on ext4 without a journal.
"$JAVA" -cp "$JAR" dev.donmai.benchmarks.SpawnOverheadBenchmark --results "$RESULTS" || status=$?
"$JAVA" -cp "$JAR" dev.donmai.benchmarks.WarmAcquireBenchmark --results "$RESULTS" || status=$?
"$JAVA" -cp "$JAR" dev.donmai.benchmarks.CheckResults "$RESULTS" || status=$?
exit $status

#!/usr/bin/env bash
# P1 warm acquire (sessions.md §16): p95 of pool-warm acquires vs the median of 5 x `git clone --local`.
# Prints one JSON line per figure on stdout (progress on stderr), merges them into benchmarks/target/results.json,
# exits 1 when the target (p95 <= 0.10 x clone median) is missed.
# Extra arguments go to WarmAcquireBenchmark, e.g. --samples 20 --work-dir /var/tmp --keep.
# DONMAI_BENCH_REBUILD=1 rebuilds the jar first; DONMAI_BENCH_RESULTS=<file> writes elsewhere.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bench_build_if_missing
exec "$JAVA" -cp "$JAR" dev.donmai.benchmarks.WarmAcquireBenchmark --results "$RESULTS" --fail-on-miss "$@"

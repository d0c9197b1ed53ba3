# Shared by scripts/bench/*.sh: locate the repository, build benchmarks/target/benchmarks.jar when missing.
# Sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
RESULTS="${DONMAI_BENCH_RESULTS:-$ROOT/benchmarks/target/results.json}"
JAVA="${JAVA:-java}"

bench_build_if_missing() {
  if [[ ! -f "$JAR" || "${DONMAI_BENCH_REBUILD:-0}" == "1" ]]; then
    echo "building $JAR" >&2
    (cd "$ROOT" && mvn -B -q -Pbench -DskipTests package -pl benchmarks -am) >&2
  fi
}

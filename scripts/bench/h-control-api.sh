#!/usr/bin/env bash
# Control API benchmarks (host.md issue "Local daemon"): one JSON line per figure on stdout, progress on stderr.
#   H1 GET /api/daemon/status p99 latency at ~1000 req/s for 30 s (wrk, loopback) vs GET /healthz  (target p99 <= 5 ms)
#   H2 daemon cold start (./rensei host run) to /healthz 200 vs `java -version`, ratio     (target <= 4x)
#   H3 idle RSS of the daemon after 60 s                                                     (target <= 160 MB)
# Needs wrk (apt-get install wrk). BENCH_SECONDS (30) and BENCH_IDLE_SECONDS (60) shorten a trial run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SECONDS_RUN="${BENCH_SECONDS:-30}"
IDLE="${BENCH_IDLE_SECONDS:-60}"
RUNS="${BENCH_START_RUNS:-5}"
JAVA="${JAVA:-java}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }

"$ROOT/rensei" --version >/dev/null   # builds the CLI on first use; the daemon runs as operators run it, launcher flags included
WORK="$(mktemp -d)"
trap 'kill "$DAEMON" 2>/dev/null || true; rm -rf "$WORK"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

start_daemon() {   # $1 = home, $2 = port; sets DAEMON
  mkdir -p "$1"
  printf 'projectAdmissionMode: all-routed\n' > "$1/daemon.yaml"
  RENSEI_HOME="$1" "$ROOT/rensei" host run --port "$2" >"$1/out.log" 2>&1 &
  DAEMON=$!
}
wait_healthy() {   # $1 = port
  until curl -fs "http://127.0.0.1:$1/healthz" >/dev/null 2>&1; do sleep 0.01; done
}

echo "H2: cold start x$RUNS" >&2
starts=(); javas=()
for i in $(seq "$RUNS"); do
  t0=$(now_ms); "$JAVA" -version >/dev/null 2>&1; javas+=($(( $(now_ms) - t0 )))
  port=$(free_port); t0=$(now_ms); start_daemon "$WORK/start-$i" "$port"; wait_healthy "$port"
  starts+=($(( $(now_ms) - t0 ))); kill -TERM "$DAEMON"; wait "$DAEMON" || true
done
start_ms=$(printf '%s\n' "${starts[@]}" | median); java_ms=$(printf '%s\n' "${javas[@]}" | median)
ratio=$(awk -v a="$start_ms" -v b="$java_ms" 'BEGIN {printf "%.2f", a/b}')
echo "{\"figure\":\"H2-cold-start\",\"daemonStartMs\":$start_ms,\"javaVersionMs\":$java_ms,\"ratio\":$ratio,\"target\":4.0,\"met\":$(awk -v r="$ratio" 'BEGIN {print (r<=4.0)?"true":"false"}')}"

port=$(free_port); start_daemon "$WORK/main" "$port"; wait_healthy "$port"
cat > "$WORK/rate.lua" <<'LUA'
-- ~1000 req/s overall: 10 connections, each waiting 10 ms between requests.
function delay() return 10 end
LUA
p99() {   # $1 = path
  wrk -t2 -c10 -d"${SECONDS_RUN}s" --latency -s "$WORK/rate.lua" "http://127.0.0.1:$port$1" > "$WORK/wrk.txt"
  local p rps
  p=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  awk -v v="$p" -v r="$rps" 'BEGIN {
    n=v; u=v; sub(/[a-z]+$/,"",n); sub(/^[0-9.]+/,"",u);
    ms = (u=="us") ? n/1000 : (u=="s") ? n*1000 : n; printf "%.3f %s\n", ms, r }'
}
echo "H1: wrk /healthz and /api/daemon/status, ${SECONDS_RUN}s each" >&2
read -r health_p99 health_rps < <(p99 /healthz)
read -r status_p99 status_rps < <(p99 /api/daemon/status)
echo "{\"figure\":\"H1-status-p99\",\"statusP99Ms\":$status_p99,\"statusRps\":$status_rps,\"healthzP99Ms\":$health_p99,\"healthzRps\":$health_rps,\"ratio\":$(awk -v a="$status_p99" -v b="$health_p99" 'BEGIN {printf "%.2f", a/b}'),\"target\":5.0,\"met\":$(awk -v p="$status_p99" 'BEGIN {print (p<=5.0)?"true":"false"}')}"

echo "H3: idle ${IDLE}s" >&2
kill -TERM "$DAEMON"; wait "$DAEMON" || true
port=$(free_port); start_daemon "$WORK/idle" "$port"; wait_healthy "$port"
sleep "$IDLE"
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$DAEMON/status")
rss_mb=$(( rss_kb / 1024 ))
echo "{\"figure\":\"H3-idle-rss\",\"rssMb\":$rss_mb,\"idleSeconds\":$IDLE,\"target\":160,\"met\":$([[ $rss_mb -le 160 ]] && echo true || echo false)}"

# Shared by the fake CLIs (sourced). Records argv and stdin when asked, so tests can check what the adapter sent.
#   FAKE_SCENARIO   which recording to replay
#   FAKE_ARGV_FILE  if set: argv, one argument per line
#   FAKE_STDIN_FILE if set: stdin; else stdin is drained
#   FAKE_ENV_FILE   if set: "NAME=set" for each variable named in FAKE_ENV_NAMES (never the value)
#   FAKE_OPENCODE_CONFIG_FILE if set: the inline configuration the adapter passed (secret-free by design)
#   FAKE_PIDS_DIR   where the TREE scenario writes child.pid and grandchild.pid (default: cwd)
if [ -n "${FAKE_ARGV_FILE:-}" ]; then
    : > "$FAKE_ARGV_FILE"
    for arg in "$@"; do printf '%s\n' "$arg" >> "$FAKE_ARGV_FILE"; done
fi
if [ -n "${FAKE_ENV_FILE:-}" ]; then
    : > "$FAKE_ENV_FILE"
    for name in ${FAKE_ENV_NAMES:-}; do
        eval "value=\${$name:-}"
        if [ -n "$value" ]; then printf '%s=set\n' "$name" >> "$FAKE_ENV_FILE"; fi
    done
fi
if [ -n "${FAKE_OPENCODE_CONFIG_FILE:-}" ]; then
    printf '%s' "${OPENCODE_CONFIG_CONTENT:-}" > "$FAKE_OPENCODE_CONFIG_FILE"
fi
if [ "${FAKE_READS_STDIN:-yes}" = yes ]; then
    cat > "${FAKE_STDIN_FILE:-/dev/null}"
fi
scenario=${FAKE_SCENARIO:-SUCCEED_WITH_TEXT}
pids_dir=${FAKE_PIDS_DIR:-.}

# A child that ignores SIGTERM, with a grandchild that inherits the ignored SIGTERM; both hold stdout open.
start_tree() {
    ( trap '' TERM; sleep 600 & echo $! > "$pids_dir/grandchild.pid"; wait ) &
    echo $! > "$pids_dir/child.pid"
    while [ ! -s "$pids_dir/grandchild.pid" ]; do sleep 0.05; done
}

hang() {
    while :; do sleep 600; done
}

# garbage N: N lines that are not JSON (a crashing CLI dumping a stack trace).
garbage() {
    i=0
    while [ "$i" -lt "$1" ]; do
        printf '    at processTicksAndRejections (node:internal/process/task_queues:95:5) #%s\n' "$i"
        i=$((i + 1))
    done
}

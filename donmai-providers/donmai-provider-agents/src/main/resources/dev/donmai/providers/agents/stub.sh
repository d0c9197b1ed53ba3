#!/bin/sh
# The bundled stub harness (sessions.md section 12): prints canonical event lines, one JSON object per line.
# Usage: <brand>-stub.sh <ENV_PREFIX>. Options come as flat JSON in <ENV_PREFIX>_STUB_OPTIONS, already checked and
# rewritten compactly by the adapter: {"behaviour":"...","count":N,"intervalMs":N,"ignoreTerm":true|false}.
# Uses only sh built-ins, printf, sleep and git; the adapter creates .agent/ before starting it.

prefix=${1:-DONMAI}
case $prefix in
    '' | *[!A-Z0-9_]*) printf 'stub: invalid environment prefix\n' >&2; exit 64 ;;
esac
eval "opts=\${${prefix}_STUB_OPTIONS:-}"
eval "session=\${${prefix}_SESSION_ID:-stub}"

# opt NAME DEFAULT: the value of "NAME" in the flat JSON object $opts.
opt() {
    rest=${opts#*\"$1\":}
    if [ "$rest" = "$opts" ]; then
        printf '%s' "$2"
        return
    fi
    rest=${rest# }
    case $rest in
        \"*) rest=${rest#\"}; printf '%s' "${rest%%\"*}" ;;
        *) printf '%s' "${rest%%[,\}]*}" ;;
    esac
}

behaviour=$(opt behaviour succeed-with-commit)
count=$(opt count 10)
interval=$(opt intervalMs 1000)
ignore_term=$(opt ignoreTerm false)
case $count in '' | *[!0-9]*) count=10 ;; esac
case $interval in '' | *[!0-9]*) interval=1000 ;; esac

emit() { printf '%s\n' "$1"; }
init() { emit "{\"kind\":\"init\",\"nativeSessionId\":\"stub-$$\",\"model\":\"stub\",\"tools\":[\"Bash\"]}"; }
# text TEXT: TEXT must not need JSON escaping.
text() { emit "{\"kind\":\"assistant_text\",\"text\":\"$1\"}"; }
sleep_ms() { sleep "$(printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)))"; }

succeed_with_commit() {
    init
    text "Stub: writing STUB.md and committing it."
    emit '{"kind":"tool_use","toolUseId":"stub-commit","toolName":"Bash","input":{"command":"git add STUB.md && git commit -m \"stub: add STUB.md\""},"toolCategory":"shell"}'
    if ! git rev-parse --git-dir >/dev/null 2>&1; then
        git init -q . >/dev/null 2>&1
    fi
    printf 'Written by the stub harness for session %s.\n' "$session" > STUB.md
    if git add STUB.md >/dev/null \
        && git -c user.name="${GIT_AUTHOR_NAME:-Donmai Agent}" -c user.email="${GIT_AUTHOR_EMAIL:-agent@donmai.invalid}" \
            commit -q -m "stub: add STUB.md" >/dev/null \
        && sha=$(git rev-parse HEAD); then
        emit "{\"kind\":\"tool_result\",\"toolUseId\":\"stub-commit\",\"toolName\":\"Bash\",\"content\":\"committed $sha\",\"isError\":false}"
        if [ -d .agent ]; then
            printf '{"schemaVersion":1,"verdict":"passed","summary":"The stub committed STUB.md.","commitSha":"%s"}\n' "$sha" \
                > .agent/turn-result.json
        fi
        text "Committed STUB.md as $sha."
        emit '{"kind":"result","success":true,"subtype":"success","text":"The stub committed STUB.md.","costUsd":0.01,"numTurns":1}'
        exit 0
    fi
    emit '{"kind":"tool_result","toolUseId":"stub-commit","toolName":"Bash","content":"git commit failed","isError":true}'
    emit '{"kind":"result","success":false,"subtype":"error_during_execution","text":"git commit failed","errors":["git commit failed"]}'
    exit 1
}

case $behaviour in
    succeed-with-commit)
        succeed_with_commit
        ;;
    fail)
        init
        text "Stub: failing on purpose."
        emit '{"kind":"result","success":false,"subtype":"error_during_execution","text":"The stub failed on purpose.","errors":["the stub failed on purpose"]}'
        exit 1
        ;;
    hang)
        if [ "$ignore_term" = true ]; then
            trap '' TERM
        fi
        init
        while :; do sleep 3600; done
        ;;
    silent-exit)
        init
        text "Stub: exiting without a result."
        exit 0
        ;;
    mid-stream-error)
        init
        text "Stub: about to fail mid-stream."
        printf 'stub: this line is not JSON\n'
        emit '{"kind":"error","code":"upstream-error","message":"the stub upstream failed","retryable":false}'
        text "Stub: still talking after the error."
        text "Stub: and once more."
        exit 2
        ;;
    slow-output)
        init
        i=1
        while [ "$i" -le "$count" ]; do
            if [ "$i" -eq "$count" ]; then
                text "Step $i of $count done. WORK_RESULT:passed"
            else
                text "Step $i of $count done."
                sleep_ms "$interval"
            fi
            i=$((i + 1))
        done
        emit '{"kind":"result","success":true,"subtype":"success","text":"Slow output finished.","costUsd":0.01,"numTurns":1}'
        exit 0
        ;;
    cost-overrun)
        init
        n=1
        while :; do
            emit "{\"kind\":\"system\",\"subtype\":\"usage\",\"costUsd\":$n.00,\"usage\":{\"inputTokens\":$((n * 1000)),\"outputTokens\":$((n * 100)),\"cacheReadTokens\":0,\"cacheWriteTokens\":0}}"
            n=$((n + 1))
            sleep_ms 200
        done
        ;;
    *)
        printf 'stub: unknown behaviour\n' >&2
        exit 64
        ;;
esac

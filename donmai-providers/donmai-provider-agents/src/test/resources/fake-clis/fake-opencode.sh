#!/bin/sh
# A faithful fake of `opencode run --format json ... <prompt>`: replays recorded run JSON lines. The prompt is the
# last argument; stdin is /dev/null.
FAKE_READS_STDIN=no
. "$(dirname "$0")/common.sh"
SES=ses_6a1b2c3d4e5fXyZ0123456789
T=1759300000000
step_start() {
    printf '%s\n' "{\"type\":\"step_start\",\"timestamp\":$T,\"sessionID\":\"$SES\",\"part\":{\"id\":\"prt_$1\",\"sessionID\":\"$SES\",\"messageID\":\"msg_$1\",\"type\":\"step-start\",\"snapshot\":\"4b825dc642cb6eb9a060e54bf8d69288fbee4904\"}}"
}
text() {
    printf '%s\n' "{\"type\":\"text\",\"timestamp\":$T,\"sessionID\":\"$SES\",\"part\":{\"id\":\"prt_$1\",\"sessionID\":\"$SES\",\"messageID\":\"msg_$1\",\"type\":\"text\",\"text\":\"$2\",\"time\":{\"start\":$T,\"end\":$T}}}"
}
# step_finish ID REASON COST INPUT OUTPUT CACHE_READ
step_finish() {
    printf '%s\n' "{\"type\":\"step_finish\",\"timestamp\":$T,\"sessionID\":\"$SES\",\"part\":{\"id\":\"prt_f$1\",\"sessionID\":\"$SES\",\"messageID\":\"msg_$1\",\"type\":\"step-finish\",\"reason\":\"$2\",\"snapshot\":\"4b825dc6\",\"cost\":$3,\"tokens\":{\"input\":$4,\"output\":$5,\"reasoning\":0,\"cache\":{\"read\":$6,\"write\":0}}}}"
}

case $scenario in
SUCCEED_WITH_TEXT | TOOLS)
    step_start a
    text a1 "I'll list the files."
    printf '%s\n' "{\"type\":\"tool_use\",\"timestamp\":$T,\"sessionID\":\"$SES\",\"part\":{\"id\":\"prt_t1\",\"sessionID\":\"$SES\",\"messageID\":\"msg_a\",\"type\":\"tool\",\"callID\":\"call_Qx81\",\"tool\":\"bash\",\"state\":{\"status\":\"completed\",\"input\":{\"command\":\"ls\",\"description\":\"List files\"},\"output\":\"README.md\\nsrc\\n\",\"title\":\"ls\",\"metadata\":{\"exit\":0},\"time\":{\"start\":$T,\"end\":$T}}}}"
    if [ "$scenario" = TOOLS ]; then
        printf '%s\n' "{\"type\":\"tool_use\",\"timestamp\":$T,\"sessionID\":\"$SES\",\"part\":{\"id\":\"prt_t2\",\"sessionID\":\"$SES\",\"messageID\":\"msg_a\",\"type\":\"tool\",\"callID\":\"call_Err2\",\"tool\":\"read\",\"state\":{\"status\":\"error\",\"input\":{\"filePath\":\"/repo/missing\"},\"error\":\"File not found: /repo/missing\",\"time\":{\"start\":$T,\"end\":$T}}}}"
    fi
    step_finish a tool-calls 0.0012 1200 40 0
    step_start b
    text b1 "Done. WORK_RESULT:passed"
    step_finish b stop 0.0008 1300 20 1100
    ;;
FAIL)
    step_start a
    text a1 "Calling the model."
    printf '%s\n' "{\"type\":\"error\",\"timestamp\":$T,\"sessionID\":\"$SES\",\"error\":{\"name\":\"APIError\",\"data\":{\"message\":\"Rate limit exceeded\",\"statusCode\":429,\"isRetryable\":true}}}"
    exit 1
    ;;
MID_STREAM_ERROR)
    step_start a
    text a1 "Working on it."
    printf 'TypeError: Cannot read properties of undefined\n'
    garbage 120
    text a2 "after the crash"
    step_finish a stop 0 1 1 0
    exit 1
    ;;
SILENT_EXIT)
    step_start a
    text a1 "Calling a tool, then vanishing."
    step_finish a tool-calls 0.0001 10 5 0
    exit 0
    ;;
HANG)
    step_start a
    hang
    ;;
TREE)
    start_tree
    step_start a
    hang
    ;;
SLOW_OUTPUT)
    step_start a
    text a1 "Step 1 done."
    sleep 0.3
    text a2 "Step 2 done."
    sleep 0.3
    text a3 "Step 3 done. WORK_RESULT:passed"
    step_finish a stop 0.002 100 30 0
    ;;
AFTER_TERMINAL)
    # opencode's result comes at EOF, so nothing follows it: the scenario is just a clean run.
    step_start a
    text a1 "Before the end."
    step_finish a stop 0 1 1 0
    ;;
DUP_INIT)
    step_start a
    text a1 "Hello."
    step_finish a stop 0 1 1 0
    ;;
SPAWN_FAIL)
    printf 'Error: unknown argument: bogus\n' >&2
    exit 1
    ;;
*)
    printf 'fake-opencode: unknown scenario %s\n' "$scenario" >&2
    exit 70
    ;;
esac

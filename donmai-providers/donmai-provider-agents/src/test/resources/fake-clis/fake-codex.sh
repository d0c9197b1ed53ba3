#!/bin/sh
# A faithful fake of `codex exec --json ... -`: replays recorded exec JSONL.
. "$(dirname "$0")/common.sh"
TID=0199a213-81c0-7800-8aa1-bbab2a035a53
started() { printf '%s\n' "{\"type\":\"thread.started\",\"thread_id\":\"$TID\"}" '{"type":"turn.started"}'; }
message() { printf '%s\n' "{\"type\":\"item.completed\",\"item\":{\"id\":\"$1\",\"type\":\"agent_message\",\"text\":\"$2\"}}"; }
completed() { printf '%s\n' '{"type":"turn.completed","usage":{"input_tokens":24763,"cached_input_tokens":24448,"output_tokens":122}}'; }

case $scenario in
SUCCEED_WITH_TEXT | TOOLS)
    started
    cat <<'JSON'
{"type":"item.completed","item":{"id":"item_0","type":"reasoning","text":"**Listing repository files**"}}
{"type":"item.started","item":{"id":"item_1","type":"command_execution","command":"bash -lc ls","aggregated_output":"","exit_code":null,"status":"in_progress"}}
{"type":"item.completed","item":{"id":"item_1","type":"command_execution","command":"bash -lc ls","aggregated_output":"README.md\nsrc\n","exit_code":0,"status":"completed"}}
JSON
    if [ "$scenario" = TOOLS ]; then
        cat <<'JSON'
{"type":"item.started","item":{"id":"item_2","type":"todo_list","items":[{"text":"Read the code","completed":false},{"text":"Fix the bug","completed":false}]}}
{"type":"item.updated","item":{"id":"item_2","type":"todo_list","items":[{"text":"Read the code","completed":true},{"text":"Fix the bug","completed":false}]}}
{"type":"item.completed","item":{"id":"item_3","type":"file_change","changes":[{"path":"/repo/src/main.c","kind":"update"}],"status":"completed"}}
{"type":"item.started","item":{"id":"item_4","type":"mcp_tool_call","server":"docs","tool":"search","arguments":{"q":"setsid"},"result":null,"error":null,"status":"in_progress"}}
{"type":"item.completed","item":{"id":"item_4","type":"mcp_tool_call","server":"docs","tool":"search","arguments":{"q":"setsid"},"result":null,"error":{"message":"server not reachable"},"status":"failed"}}
{"type":"item.started","item":{"id":"item_5","type":"command_execution","command":"bash -lc 'make test'","aggregated_output":"","exit_code":null,"status":"in_progress"}}
{"type":"item.completed","item":{"id":"item_5","type":"command_execution","command":"bash -lc 'make test'","aggregated_output":"1 failed\n","exit_code":2,"status":"failed"}}
{"type":"item.started","item":{"id":"item_6","type":"web_search","query":"posix setsid"}}
{"type":"item.completed","item":{"id":"item_6","type":"web_search","query":"posix setsid"}}
{"type":"error","message":"Reconnecting... 1/5"}
{"type":"item.completed","item":{"id":"item_7","type":"error","message":"command timed out, retrying"}}
{"type":"item.completed","item":{"id":"item_2","type":"todo_list","items":[{"text":"Read the code","completed":true},{"text":"Fix the bug","completed":true}]}}
JSON
    fi
    message item_8 "The repository has a README and a src directory. WORK_RESULT:passed"
    completed
    ;;
FAIL)
    started
    message item_0 "Trying to reach the model."
    printf '%s\n' '{"type":"error","message":"stream disconnected before completion: error sending request"}'
    printf '%s\n' '{"type":"turn.failed","error":{"message":"stream disconnected before completion: error sending request"}}'
    exit 1
    ;;
MID_STREAM_ERROR)
    started
    message item_0 "Working on it."
    printf 'thread main panicked at codex-rs/exec/src/lib.rs:211:14:\n'
    garbage 120
    message item_1 "after the panic"
    completed
    exit 101
    ;;
SILENT_EXIT)
    started
    message item_0 "Starting, then vanishing."
    exit 0
    ;;
HANG)
    started
    hang
    ;;
TREE)
    start_tree
    started
    hang
    ;;
SLOW_OUTPUT)
    started
    message item_0 "Step 1 done."
    sleep 0.3
    message item_1 "Step 2 done."
    sleep 0.3
    message item_2 "Step 3 done. WORK_RESULT:passed"
    completed
    ;;
AFTER_TERMINAL)
    started
    message item_0 "Before the end."
    completed
    message item_1 "After the end."
    printf 'not json after the end\n'
    message item_2 "Still after the end."
    ;;
DUP_INIT)
    started
    started
    message item_0 "Hello."
    completed
    ;;
SPAWN_FAIL)
    printf "error: unexpected argument '--bogus' found\n" >&2
    exit 2
    ;;
*)
    printf 'fake-codex: unknown scenario %s\n' "$scenario" >&2
    exit 70
    ;;
esac

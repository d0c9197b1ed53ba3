#!/bin/sh
# A faithful fake of `claude -p --output-format stream-json --verbose`: replays recorded stream-json lines.
. "$(dirname "$0")/common.sh"
SID=5f2c8a9e-3b1d-4c7a-9e0f-1a2b3c4d5e6f
init() {
    printf '%s\n' "{\"type\":\"system\",\"subtype\":\"init\",\"cwd\":\"$PWD\",\"session_id\":\"$SID\",\"tools\":[\"Task\",\"Bash\",\"Glob\",\"Grep\",\"Read\",\"Edit\",\"Write\",\"TodoWrite\"],\"mcp_servers\":[],\"model\":\"claude-sonnet-4-5-20250929\",\"permissionMode\":\"bypassPermissions\",\"slash_commands\":[\"compact\",\"review\"],\"apiKeySource\":\"none\",\"claude_code_version\":\"2.0.14\",\"output_style\":\"default\",\"agents\":[\"general-purpose\"],\"uuid\":\"0b6d3c4e-1f2a-4b5c-8d9e-0f1a2b3c4d5e\"}"
}
# text MSG_ID TEXT
text() {
    printf '%s\n' "{\"type\":\"assistant\",\"message\":{\"model\":\"claude-sonnet-4-5-20250929\",\"id\":\"$1\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"$2\"}],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":4,\"cache_creation_input_tokens\":1520,\"cache_read_input_tokens\":11264,\"output_tokens\":26,\"service_tier\":\"standard\"}},\"parent_tool_use_id\":null,\"session_id\":\"$SID\",\"uuid\":\"9a8b7c6d-$1\"}"
}
result_success() {
    printf '%s\n' "{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":false,\"duration_ms\":5321,\"duration_api_ms\":4180,\"num_turns\":3,\"result\":\"$1\",\"session_id\":\"$SID\",\"total_cost_usd\":0.0421375,\"usage\":{\"input_tokens\":12,\"cache_creation_input_tokens\":1520,\"cache_read_input_tokens\":33792,\"output_tokens\":148,\"server_tool_use\":{\"web_search_requests\":0},\"service_tier\":\"standard\"},\"modelUsage\":{\"claude-sonnet-4-5-20250929\":{\"inputTokens\":12,\"outputTokens\":148,\"cacheReadInputTokens\":33792,\"cacheCreationInputTokens\":1520,\"webSearchRequests\":0,\"costUSD\":0.0421375,\"contextWindow\":200000}},\"permission_denials\":[],\"uuid\":\"7e6f5a4b-3c2d-1e0f-9a8b-7c6d5e4f3a2b\"}"
}

case $scenario in
SUCCEED_WITH_TEXT | TOOLS)
    init
    cat <<JSON
{"type":"assistant","message":{"model":"claude-sonnet-4-5-20250929","id":"msg_01HkXq","type":"message","role":"assistant","content":[{"type":"thinking","thinking":"The user wants the files listed.","signature":"EqQBCkYIBxgCKkB"}],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":4,"cache_creation_input_tokens":1520,"cache_read_input_tokens":11264,"output_tokens":3,"service_tier":"standard"}},"parent_tool_use_id":null,"session_id":"$SID","uuid":"a1"}
{"type":"assistant","message":{"model":"claude-sonnet-4-5-20250929","id":"msg_01HkXq","type":"message","role":"assistant","content":[{"type":"text","text":"I'll list the files first."}],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":4,"cache_creation_input_tokens":1520,"cache_read_input_tokens":11264,"output_tokens":3,"service_tier":"standard"}},"parent_tool_use_id":null,"session_id":"$SID","uuid":"a2"}
{"type":"assistant","message":{"model":"claude-sonnet-4-5-20250929","id":"msg_01HkXq","type":"message","role":"assistant","content":[{"type":"tool_use","id":"toolu_01Abc","name":"Bash","input":{"command":"ls","description":"List files in the repository"}}],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":4,"cache_creation_input_tokens":1520,"cache_read_input_tokens":11264,"output_tokens":87,"service_tier":"standard"}},"parent_tool_use_id":null,"session_id":"$SID","uuid":"a3"}
{"type":"user","message":{"role":"user","content":[{"tool_use_id":"toolu_01Abc","type":"tool_result","content":"README.md\nsrc","is_error":false}]},"parent_tool_use_id":null,"session_id":"$SID","uuid":"a4","tool_use_result":{"stdout":"README.md\nsrc","stderr":"","interrupted":false,"isImage":false}}
JSON
    if [ "$scenario" = TOOLS ]; then
        cat <<JSON
{"type":"stream_event","event":{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"par"}},"session_id":"$SID","parent_tool_use_id":null,"uuid":"s1"}
{"type":"rate_limit_event","rate_limit_info":{"status":"allowed_warning","resetsAt":1760000000,"rateLimitType":"five_hour"},"session_id":"$SID","uuid":"r1"}
{"type":"system","subtype":"compact_boundary","session_id":"$SID","uuid":"c1","compact_metadata":{"trigger":"auto","pre_tokens":150000}}
{"type":"assistant","message":{"model":"claude-sonnet-4-5-20250929","id":"msg_01Sub","type":"message","role":"assistant","content":[{"type":"tool_use","id":"toolu_01Sub","name":"Read","input":{"file_path":"/repo/README.md"}}],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":9,"cache_creation_input_tokens":0,"cache_read_input_tokens":100,"output_tokens":20,"service_tier":"standard"}},"parent_tool_use_id":"toolu_01Task","session_id":"$SID","uuid":"a5"}
{"type":"user","message":{"role":"user","content":[{"tool_use_id":"toolu_01Sub","type":"tool_result","content":[{"type":"text","text":"line one"},{"type":"text","text":"line two"}],"is_error":true}]},"parent_tool_use_id":"toolu_01Task","session_id":"$SID","uuid":"a6"}
{"type":"assistant","message":{"model":"claude-sonnet-4-5-20250929","id":"msg_01Two","type":"message","role":"assistant","content":[{"type":"text","text":"First part."}],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":5,"service_tier":"standard"}},"parent_tool_use_id":null,"session_id":"$SID","uuid":"a7"}
{"type":"assistant","message":{"model":"claude-sonnet-4-5-20250929","id":"msg_01Two","type":"message","role":"assistant","content":[{"type":"text","text":"Second part."}],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":9,"service_tier":"standard"}},"parent_tool_use_id":null,"session_id":"$SID","uuid":"a8"}
JSON
    fi
    text msg_01Fin "The repository has a README and a src directory. WORK_RESULT:passed"
    result_success "The repository has a README and a src directory. WORK_RESULT:passed"
    ;;
FAIL)
    init
    text msg_01Fail "I could not finish the task."
    printf '%s\n' "{\"type\":\"result\",\"subtype\":\"error_during_execution\",\"is_error\":true,\"duration_ms\":2210,\"duration_api_ms\":1900,\"num_turns\":2,\"session_id\":\"$SID\",\"total_cost_usd\":0.0102,\"usage\":{\"input_tokens\":6,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":9000,\"output_tokens\":40,\"service_tier\":\"standard\"},\"permission_denials\":[],\"errors\":[\"Tool execution failed\"],\"uuid\":\"f1\"}"
    exit 1
    ;;
MID_STREAM_ERROR)
    init
    text msg_01Mid "Working on it."
    printf 'file:///usr/lib/node_modules/@anthropic-ai/claude-code/cli.js:1281\n'
    printf 'Error: socket hang up\n'
    garbage 120
    text msg_01Late "This arrives after the stream broke."
    result_success "late"
    exit 1
    ;;
SILENT_EXIT)
    init
    text msg_01Sil "Starting, then vanishing."
    exit 0
    ;;
HANG)
    init
    hang
    ;;
TREE)
    start_tree
    init
    text msg_01Tree "Started helpers."
    hang
    ;;
SLOW_OUTPUT)
    init
    text msg_01S1 "Step 1 done."
    sleep 0.3
    text msg_01S2 "Step 2 done."
    sleep 0.3
    text msg_01S3 "Step 3 done. WORK_RESULT:passed"
    result_success "Step 3 done. WORK_RESULT:passed"
    ;;
AFTER_TERMINAL)
    init
    text msg_01A "Before the end."
    result_success "Done."
    text msg_01B "After the end."
    printf 'not json after the end\n'
    text msg_01C "Still after the end."
    ;;
DUP_INIT)
    init
    init
    text msg_01D "Hello."
    result_success "Hello."
    ;;
SPAWN_FAIL)
    printf "error: unknown option '--bogus'\n" >&2
    exit 1
    ;;
*)
    printf 'fake-claude: unknown scenario %s\n' "$scenario" >&2
    exit 70
    ;;
esac

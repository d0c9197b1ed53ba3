package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.WireValue;

/** The six code-intelligence operations and their MCP tool names, in {@code tools/list} order. */
public enum CodeIntelligenceTool implements WireValue {
    GET_REPO_MAP("donmai_code_get_repo_map"),
    SEARCH_SYMBOLS("donmai_code_search_symbols"),
    SEARCH_CODE("donmai_code_search_code"),
    CHECK_DUPLICATE("donmai_code_check_duplicate"),
    FIND_TYPE_USAGES("donmai_code_find_type_usages"),
    VALIDATE_CROSS_DEPS("donmai_code_validate_cross_deps");

    private final String toolName;

    CodeIntelligenceTool(String toolName) {
        this.toolName = toolName;
    }

    /** The MCP tool name. */
    @Override
    public String wire() {
        return toolName;
    }
}

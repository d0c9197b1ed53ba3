package dev.donmai.contracts.agent;

import dev.donmai.contracts.provider.WireValue;

/** How a harness reaches an MCP server. */
public enum McpTransport implements WireValue {
    /** A child process speaking over stdin/stdout ({@code stdio}). */
    STDIO,
    /** An HTTP endpoint ({@code http}). */
    HTTP;

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }

    /** The value with this wire spelling, else {@code ContractViolation(UNKNOWN_DISCRIMINATOR)}. */
    public static McpTransport fromWire(String wire) {
        return WireValue.fromWire(McpTransport.class, wire);
    }
}

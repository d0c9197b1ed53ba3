package dev.donmai.runtime.api;

import dev.donmai.contracts.provider.Nullable;
import java.util.Objects;

/**
 * One toolchain demand this machine does not meet (sessions.md §14): the tool, the demand as written, and the version
 * found ({@code null} when the tool is unknown or not installed).
 *
 * @param tool     the tool, e.g. {@code java}
 * @param demanded the demand, e.g. {@code >=18 <22}
 * @param found    the installed version, or {@code null}
 */
public record ToolchainUnmet(String tool, String demanded, @Nullable String found) {

    public ToolchainUnmet {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(demanded, "demanded");
    }

    /** {@code <tool> <demand> (found <v>|none)}, the wording of host.md §3.4. */
    public String describe() {
        return tool + " " + demanded + " (found " + (found == null ? "none" : found) + ")";
    }
}

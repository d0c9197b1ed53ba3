package dev.donmai.contracts.kit;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.Provider;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A provider of the {@code kit} family: knowledge about one kind of project (a language, a framework, a project's
 * conventions) that detects itself in a tree and contributes commands, prompt text, MCP servers, skills and tool
 * permissions to sessions there.
 */
public interface KitProvider extends Provider<KitCapabilities> {

    /**
     * Decides whether the kit applies to the tree at {@code root} on this platform. No side effects: the tree is
     * unchanged; deterministic for the same tree; within {@link KitCapabilities#detectTimeout()}. A platform outside
     * the declared {@code os}/{@code arch} yields a detection that does not apply (not an exception).
     */
    KitDetection detect(Path root, Os os, Arch arch, Duration timeout);

    /** The kit's contribution to the session described by {@code context}. */
    KitContribution provide(KitContext context, Duration timeout);
}

package dev.donmai.contracts.kit;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.map;
import static dev.donmai.contracts.provider.FieldChecks.require;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.session.SessionKey;
import java.nio.file.Path;
import java.util.Map;

/**
 * What {@link KitProvider#provide} is told about the session it contributes to.
 *
 * @param session   the session
 * @param root      the workarea root the kit was detected in (absolute)
 * @param os        the platform's operating system
 * @param arch      the platform's architecture
 * @param detection the kit's own detection for this tree
 * @param toolchain the resolved toolchain, tool → version
 */
public record KitContext(SessionKey session, Path root, Os os, Arch arch, KitDetection detection,
        Map<String, String> toolchain) {

    public KitContext {
        require(session, "session");
        check(require(root, "root").isAbsolute(), "root");
        require(os, "os");
        require(arch, "arch");
        require(detection, "detection");
        toolchain = map(toolchain, "toolchain");
    }
}

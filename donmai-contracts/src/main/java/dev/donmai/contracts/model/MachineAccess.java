package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.Nullable;
import java.util.Map;
import java.util.Optional;

/**
 * A machine's access configuration: one default block and optional blocks per workload kind. A workload that has
 * its own block uses it alone (it does not inherit the default block's cells); any other workload uses the default
 * block.
 *
 * @param defaultBlock the block for workloads without their own (wire name {@code default}); {@code null} = none
 * @param workloads    blocks by workload kind; keys non-blank
 */
public record MachineAccess(@Nullable AccessBlock defaultBlock, Map<String, AccessBlock> workloads) {

    public MachineAccess {
        workloads = Map.copyOf(workloads);
        for (String key : workloads.keySet()) {
            AccessRequest.requireNonBlank(key, "workloads");
        }
    }

    /** A configuration with only a default block. */
    public static MachineAccess of(AccessBlock defaultBlock) {
        return new MachineAccess(defaultBlock, Map.of());
    }

    /** The default block, when there is one. */
    public Optional<AccessBlock> defaultAccessBlock() {
        return Optional.ofNullable(defaultBlock);
    }
}

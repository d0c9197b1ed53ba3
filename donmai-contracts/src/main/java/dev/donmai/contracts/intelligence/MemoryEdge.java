package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
/**
 * A relation between two nodes of the same {@link MemoryResult}.
 *
 * @param from a node id
 * @param to   another node id
 * @param kind the relation
 */
public record MemoryEdge(String from, String to, MemoryEdgeKind kind) {

    public MemoryEdge {
        FieldChecks.requireText(from, "from");
        FieldChecks.requireText(to, "to");
        FieldChecks.check(!from.equals(to), "to");
        FieldChecks.require(kind, "kind");
    }
}

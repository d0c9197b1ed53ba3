package dev.donmai.contracts.intelligence;

/**
 * A relation between two nodes of the same {@link MemoryResult}.
 *
 * @param from a node id
 * @param to   another node id
 * @param kind the relation
 */
public record MemoryEdge(String from, String to, MemoryEdgeKind kind) {

    public MemoryEdge {
        Checks.text(from, "from");
        Checks.text(to, "to");
        Checks.check(!from.equals(to), "to");
        Checks.required(kind, "kind");
    }
}

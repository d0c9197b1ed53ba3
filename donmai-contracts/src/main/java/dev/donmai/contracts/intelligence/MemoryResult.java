package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answer to a memory query: ranked nodes, the edges among them, and exactly one citation per node.
 *
 * @param nodes       the hits, best first; node ids unique
 * @param edges       relations among {@code nodes} only
 * @param citations   exactly one per node, for that node's observation
 * @param diagnostics how the query ran
 */
public record MemoryResult(List<MemoryNode> nodes, List<MemoryEdge> edges, List<Citation> citations,
        QueryDiagnostics diagnostics) {

    public MemoryResult {
        nodes = FieldChecks.requiredList(nodes, "nodes");
        edges = FieldChecks.requiredList(edges, "edges");
        citations = FieldChecks.requiredList(citations, "citations");
        FieldChecks.require(diagnostics, "diagnostics");
        Map<String, MemoryNode> byId = new HashMap<>();
        for (MemoryNode node : nodes) {
            FieldChecks.check(byId.put(node.id(), node) == null, "nodes");
        }
        for (MemoryEdge edge : edges) {
            FieldChecks.check(byId.containsKey(edge.from()) && byId.containsKey(edge.to()), "edges");
        }
        FieldChecks.check(citations.size() == nodes.size(), "citations");
        Set<String> cited = new HashSet<>();
        for (Citation citation : citations) {
            MemoryNode node = byId.get(citation.nodeId());
            FieldChecks.check(node != null && cited.add(citation.nodeId())
                    && node.observation().id().equals(citation.observationId()), "citations");
        }
    }

    /** A result whose citations are derived from the nodes, in node order. */
    public static MemoryResult of(List<MemoryNode> nodes, List<MemoryEdge> edges, QueryDiagnostics diagnostics) {
        FieldChecks.requiredList(nodes, "nodes");
        return new MemoryResult(nodes, edges,
                nodes.stream().map(n -> Citation.of(n.id(), n.observation())).toList(), diagnostics);
    }
}

package dev.donmai.contracts.intelligence;

import static dev.donmai.contracts.intelligence.MemoryModelTest.ID_A;
import static dev.donmai.contracts.intelligence.MemoryModelTest.ID_B;
import static dev.donmai.contracts.intelligence.MemoryModelTest.observation;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MemoryResultTest {

    private static final QueryDiagnostics DIAG = new QueryDiagnostics(Fusion.CONVEX, "hashing-v1", false, null, 3);
    private static final MemoryNode A = new MemoryNode("n1", observation(ID_A), 0.9, 1.0, 0.5);
    private static final MemoryNode B = new MemoryNode("n2", observation(ID_B), 0.4, null, null);

    @Test
    void everyNodeHasExactlyOneCitation() {
        MemoryResult result = MemoryResult.of(List.of(A, B), List.of(new MemoryEdge("n1", "n2",
                MemoryEdgeKind.SAME_SESSION)), DIAG);
        assertThat(result.citations()).extracting(Citation::nodeId).containsExactly("n1", "n2");

        Citation a = Citation.of("n1", A.observation());
        Citation b = Citation.of("n2", B.observation());
        assertInvalid(() -> new MemoryResult(List.of(A, B), List.of(), List.of(a), DIAG), "citations");
        assertInvalid(() -> new MemoryResult(List.of(A, B), List.of(), List.of(a, a), DIAG), "citations");
        assertInvalid(() -> new MemoryResult(List.of(A), List.of(), List.of(a, b), DIAG), "citations");
        Citation wrongObservation = Citation.of("n1", B.observation());
        assertInvalid(() -> new MemoryResult(List.of(A), List.of(), List.of(wrongObservation), DIAG), "citations");
    }

    @Test
    void edgesStayWithinTheNodesAndNodeIdsAreUnique() {
        assertInvalid(() -> MemoryResult.of(List.of(A), List.of(new MemoryEdge("n1", "n9", MemoryEdgeKind.SUPERSEDES)),
                DIAG), "edges");
        assertInvalid(() -> new MemoryEdge("n1", "n1", MemoryEdgeKind.SHARED_PATH), "to");
        MemoryNode duplicate = new MemoryNode("n1", observation(ID_B), 0.1, null, null);
        assertInvalid(() -> MemoryResult.of(List.of(A, duplicate), List.of(), DIAG), "nodes");
        assertInvalid(() -> new MemoryNode("n3", observation(ID_A), Double.NaN, null, null), "score");
    }

    @Property(tries = 100)
    void derivedCitationsCiteEachNodeOnce(@ForAll("nodeLists") List<MemoryNode> nodes) {
        MemoryResult result = MemoryResult.of(nodes, List.of(), DIAG);
        assertThat(result.citations()).hasSameSizeAs(nodes);
        Set<String> cited = new HashSet<>();
        for (Citation citation : result.citations()) {
            assertThat(cited.add(citation.nodeId())).isTrue();
            assertThat(citation.label()).startsWith(citation.observationId() + "@");
        }
        assertThat(cited).containsExactlyInAnyOrderElementsOf(nodes.stream().map(MemoryNode::id).toList());
    }

    @Provide
    Arbitrary<List<MemoryNode>> nodeLists() {
        Arbitrary<String> ulids = Arbitraries.strings().withChars("0123456789ABCDEFGHJKMNPQRSTVWXYZ").ofLength(26);
        return ulids.map(u -> "obs_" + u).list().ofMaxSize(12).uniqueElements().map(ids -> {
            List<MemoryNode> nodes = new java.util.ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                nodes.add(new MemoryNode("n" + i, observation(ids.get(i)), 1.0 / (i + 1), null, null));
            }
            return nodes;
        });
    }
}

package dev.donmai.contracts.intelligence;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static dev.donmai.contracts.testsupport.ContractAssertions.wires;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MemoryModelTest {

    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    static final MemoryScope SCOPE = MemoryScope.local("web");
    static final String ID_A = "obs_01JF0000000000000000000000";
    static final String ID_B = "obs_01JF0000000000000000000001";

    static Observation observation(String id, ObservationSource source) {
        return new Observation(id, ObservationKind.DECISION, "Use Postgres for the queue", SCOPE, source,
                List.of("db"), NOW, null);
    }

    static Observation observation(String id) {
        return observation(id, new ObservationSource("ses-abc", 2, "3f2a9c1d0e", List.of("src/db.ts"), null,
                ObservationOrigin.AGENT));
    }

    @Test
    void observationIdsAreObsPlusUlid() {
        assertThat(Observation.isValidId(ID_A)).isTrue();
        assertThat(Observation.isValidId("obs_01jf0000000000000000000000")).isFalse();
        assertThat(Observation.isValidId("obs_01JF000000000000000000000U")).isFalse();
        assertThat(Observation.isValidId("obs_01JF000000000000000000000")).isFalse();
        assertInvalid(() -> observation("obs_x"), "id");
    }

    @Test
    void textIsLimitedToUtf8Bytes() {
        ObservationSource operator = ObservationSource.operator();
        String fits = "€".repeat(1365); // 4095 bytes
        String tooLong = "€".repeat(1366); // 4098 bytes, but only 1366 chars
        assertThat(new MemoryWrite(ObservationKind.ENTITY, fits, SCOPE, operator, List.of(), null).text())
                .hasSize(1365);
        assertInvalid(() -> new MemoryWrite(ObservationKind.ENTITY, tooLong, SCOPE, operator, List.of(), null),
                "text");
        assertInvalid(() -> new MemoryWrite(ObservationKind.ENTITY, "  ", SCOPE, operator, List.of(), null),
                "text");
    }

    @Test
    void tagsAreBoundedLowerCaseAndDistinct() {
        ObservationSource operator = ObservationSource.operator();
        List<String> sixteen = IntStream.range(0, 16).mapToObj(i -> "t" + i).toList();
        List<String> seventeen = new ArrayList<>(sixteen);
        seventeen.add("t16");
        assertThat(new MemoryWrite(ObservationKind.PATTERN, "x", SCOPE, operator, sixteen, null).tags())
                .hasSize(16);
        assertInvalid(() -> new MemoryWrite(ObservationKind.PATTERN, "x", SCOPE, operator, seventeen, null),
                "tags");
        assertInvalid(() -> new MemoryWrite(ObservationKind.PATTERN, "x", SCOPE, operator, List.of("Auto"), null),
                "tags");
        assertInvalid(() -> new MemoryWrite(ObservationKind.PATTERN, "x", SCOPE, operator, List.of("a", "a"), null),
                "tags");
    }

    @Test
    void sourcesTieOriginSessionAndAttempt() {
        assertThat(ObservationSource.operator().attempt()).isZero();
        assertThat(ObservationSource.session("ses-1", 1, ObservationOrigin.AUTO).sessionId()).isEqualTo("ses-1");
        assertInvalid(() -> new ObservationSource(null, 0, null, List.of(), null, ObservationOrigin.AGENT),
                "sessionId");
        assertInvalid(() -> new ObservationSource("ses-1", 0, null, List.of(), null, ObservationOrigin.AGENT),
                "attempt");
        assertInvalid(() -> new ObservationSource(null, 1, null, List.of(), null, ObservationOrigin.OPERATOR),
                "attempt");
        assertInvalid(() -> new ObservationSource("ses-1", 1, "XYZ", List.of(), null, ObservationOrigin.AUTO),
                "commitSha");
        List<String> fiftyOne = Collections.nCopies(51, "p");
        assertInvalid(() -> new ObservationSource("ses-1", 1, null, fiftyOne, null, ObservationOrigin.AUTO),
                "paths");
    }

    @Test
    void scopesAreIsolatedByPathSafeIds() {
        assertThat(SCOPE.organizationId()).isEqualTo("local");
        assertInvalid(() -> new MemoryScope("acme", "_org", null), "projectId");
        assertInvalid(() -> new MemoryScope("ac..me", "web", null), "organizationId");
        assertInvalid(() -> new MemoryScope("acme", "../web", null), "projectId");
        assertInvalid(() -> new MemoryScope("acme", "web", "https://u:p@github.com/acme/web"), "repository");
    }

    @Test
    void citationLabels() {
        assertThat(Citation.labelFor(ID_A, "ses-abc", 2, "3f2a9c1d0e")).isEqualTo(ID_A + "@ses-abc#2:3f2a9c1");
        assertThat(Citation.labelFor(ID_A, "ses-abc", 2, null)).isEqualTo(ID_A + "@ses-abc#2");
        assertThat(Citation.labelFor(ID_A, null, 0, null)).isEqualTo(ID_A + "@operator");
        assertThat(Citation.of("n1", observation(ID_A)).label()).isEqualTo(ID_A + "@ses-abc#2:3f2a9c1");
        assertThat(Citation.of("n1", observation(ID_A, ObservationSource.operator())).label())
                .isEqualTo(ID_A + "@operator");
        assertInvalid(() -> new Citation("n1", ID_A, "ses-abc", 2, null, List.of(), NOW, ID_A + "@ses-abc#3"),
                "label");
    }

    @Test
    void writeResults() {
        assertThat(new WriteResult.Duplicate(ID_A, DuplicateMatch.NEAR, 3).hamming()).isEqualTo(3);
        assertThat(new WriteResult.Duplicate(ID_A, DuplicateMatch.EXACT, 0).match()).isEqualTo(DuplicateMatch.EXACT);
        assertInvalid(() -> new WriteResult.Duplicate(ID_A, DuplicateMatch.EXACT, 2), "hamming");
        assertInvalid(() -> new WriteResult.Duplicate(ID_A, DuplicateMatch.NEAR, 65), "hamming");
        assertThat(new WriteResult.Written(observation(ID_A), List.of("vector-pending")).warnings())
                .containsExactly("vector-pending");
        assertThat(WriteResult.class.getPermittedSubclasses()).hasSize(3);
        assertThat(ForgetResult.class.getPermittedSubclasses()).hasSize(2);
        assertThat(new ForgetResult.NotFound("obs_gone").id()).isEqualTo("obs_gone");
    }

    @Test
    void queries() {
        MemoryQuery query = MemoryQuery.of("queue backend", SCOPE);
        assertThat(query.limit()).isEqualTo(10);
        assertThat(query.includeKinds()).isEmpty();
        assertInvalid(() -> new MemoryQuery("q", SCOPE, ContextHints.NONE, 0, Set.of()), "limit");
        assertInvalid(() -> new MemoryQuery("q", SCOPE, ContextHints.NONE, 51, Set.of()), "limit");
        assertInvalid(() -> MemoryQuery.of(" ", SCOPE), "query");
    }

    @Test
    void enumWireSpellings() {
        assertThat(wires(ObservationKind.class)).containsExactly("observation", "decision", "entity", "pattern",
                "failure");
        assertThat(wires(ObservationOrigin.class)).containsExactly("agent", "auto", "operator");
        assertThat(wires(MemoryEdgeKind.class)).containsExactly("supersedes", "same-session", "shared-path");
        assertThat(wires(DuplicateMatch.class)).containsExactly("exact", "near");
        assertThat(wires(Fusion.class)).containsExactly("convex", "rrf");
        assertThat(wires(EmbedPurpose.class)).containsExactly("query", "document");
        assertThat(wires(IntelligenceKind.class)).containsExactly("memory-store", "embedder", "code-intelligence");
    }
}

package dev.donmai.runtime.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.donmai.contracts.model.AccessBlock;
import dev.donmai.contracts.model.AccessDecision;
import dev.donmai.contracts.model.AccessRequest;
import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CellRule;
import dev.donmai.contracts.model.MachineAccess;
import dev.donmai.runtime.api.ModelAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edge cases of {@link NarrowOnlyResolver} the shared vectors do not reach. */
class NarrowOnlyResolverTest {

    private final NarrowOnlyResolver resolver = NarrowOnlyResolver.INSTANCE;

    private static AccessRequest request(List<AuthMode> ceiling, MachineAccess machine, String workload,
            String company, String model, AuthMode requested) {
        return new AccessRequest(ceiling, machine, workload, company, model, requested);
    }

    @Test
    void apiEntryReturnsTheNarrowOnlyResolver() {
        assertThat(ModelAccess.resolver()).isSameAs(NarrowOnlyResolver.INSTANCE);
        AccessRequest request = request(List.of(AuthMode.LOCAL), null, "", "acme", "m", null);
        assertThat(ModelAccess.resolve(request)).isEqualTo(resolver.resolve(request));
    }

    @Test
    void nullRequestIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> resolver.resolve(null));
    }

    @Test
    void modelNamedLikeTheCompanyIsOneRowAndDroppedOnce() {
        MachineAccess machine = MachineAccess.of(AccessBlock.of(Map.of("acme", Map.of(
                AuthMode.LOCAL, CellRule.allow(),
                AuthMode.BYOK, CellRule.pin("gateway", null)))));
        AccessDecision decision = resolver.resolve(
                request(List.of(AuthMode.BYOK), machine, "", "acme", "acme", AuthMode.BYOK));
        assertThat(decision).isEqualTo(new AccessDecision.Granted(
                AuthMode.BYOK, "gateway", "acme", List.of(AuthMode.BYOK), List.of("acme.local")));
    }

    @Test
    void droppedIsOrderedByRowPrecedenceThenLadder() {
        Map<String, Map<AuthMode, CellRule>> matrix = new LinkedHashMap<>();
        matrix.put("*", Map.of(AuthMode.SHARED, CellRule.allow(), AuthMode.BYOK, CellRule.allow()));
        matrix.put("acme", Map.of(AuthMode.LOCAL, CellRule.allow(), AuthMode.METERED, CellRule.allow()));
        matrix.put("m", Map.of(AuthMode.HOST_SESSION, CellRule.allow()));
        AccessDecision decision = resolver.resolve(request(List.of(AuthMode.HOST_SESSION),
                MachineAccess.of(AccessBlock.of(matrix)), "", "acme", "m", null));
        assertThat(decision.dropped()).containsExactly("acme.metered", "acme.local", "*.byok", "*.shared");
    }

    @Test
    void workloadWithoutOwnBlockAndNoDefaultIsIdentity() {
        MachineAccess machine = new MachineAccess(null, Map.of("batch",
                AccessBlock.of(Map.of("*", Map.of(AuthMode.BYOK, CellRule.deny())))));
        AccessDecision other = resolver.resolve(
                request(List.of(AuthMode.BYOK), machine, "review", "acme", "m", null));
        assertThat(other).isEqualTo(new AccessDecision.Granted(
                AuthMode.BYOK, null, "m", List.of(AuthMode.BYOK), List.of()));
        AccessDecision batch = resolver.resolve(
                request(List.of(AuthMode.BYOK), machine, "batch", "acme", "m", null));
        assertThat(batch).isEqualTo(new AccessDecision.Denied(List.of(), List.of()));
    }

    @Test
    void wildcardModelRowIsReadOnce() {
        MachineAccess machine = MachineAccess.of(AccessBlock.of(Map.of("*", Map.of(AuthMode.LOCAL, CellRule.allow()))));
        AccessDecision decision = resolver.resolve(
                request(List.of(AuthMode.BYOK), machine, "", "acme", "*", null));
        assertThat(decision.dropped()).containsExactly("*.local");
    }

    @Test
    void authOrderDuplicatesAndCeilingOrderDoNotMatter() {
        AccessBlock block = new AccessBlock(List.of(AuthMode.LOCAL, AuthMode.LOCAL, AuthMode.SHARED), Map.of());
        AccessDecision decision = resolver.resolve(request(List.of(AuthMode.SHARED, AuthMode.LOCAL),
                MachineAccess.of(block), "", "acme", "m", AuthMode.BYOK));
        assertThat(decision).isInstanceOfSatisfying(AccessDecision.Granted.class,
                granted -> assertThat(granted.authMode()).isEqualTo(AuthMode.LOCAL));
        assertThat(decision.effectiveSet()).containsExactly(AuthMode.SHARED, AuthMode.LOCAL);
    }

    @Test
    void resultListsAreImmutable() {
        AccessDecision decision = resolver.resolve(
                request(List.of(AuthMode.BYOK, AuthMode.LOCAL), null, "", "acme", "m", null));
        assertThat(decision.effectiveSet()).isUnmodifiable();
        assertThat(decision.dropped()).isUnmodifiable();
    }
}

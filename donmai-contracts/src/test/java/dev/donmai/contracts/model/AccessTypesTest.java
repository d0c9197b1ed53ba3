package dev.donmai.contracts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.ProviderException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation and copying of the narrow-only access records. */
class AccessTypesTest {

    private static void assertInvalid(Runnable construction, String field) {
        assertThatThrownBy(construction::run)
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class, e -> {
                    assertThat(e.code()).isEqualTo(ProviderException.ViolationCode.INVALID_VALUE);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    @Test
    void authModeWireSpellingsAndLadder() {
        assertThat(AuthMode.HOST_SESSION.wire()).isEqualTo("host-session");
        assertThat(AuthMode.LADDER).containsExactly(
                AuthMode.BYOK, AuthMode.METERED, AuthMode.SHARED, AuthMode.HOST_SESSION, AuthMode.LOCAL);
    }

    @Test
    void requestCopiesTheCeilingAndKeepsItsOrder() {
        List<AuthMode> ceiling = new ArrayList<>(List.of(AuthMode.LOCAL, AuthMode.BYOK));
        AccessRequest request = new AccessRequest(ceiling, null, "", "acme", "m", null);
        ceiling.clear();
        assertThat(request.platformAllowed()).containsExactly(AuthMode.LOCAL, AuthMode.BYOK).isUnmodifiable();
        assertThat(request.machineAccess()).isEmpty();
        assertThat(request.requestedMode()).isEmpty();
    }

    @Test
    void requestRejectsDuplicateOrNullModesAndBlankNames() {
        assertInvalid(() -> new AccessRequest(List.of(AuthMode.BYOK, AuthMode.BYOK), null, "", "acme", "m", null),
                "platformAllowed");
        assertThatNullPointerException().isThrownBy(
                () -> new AccessRequest(Arrays.asList(AuthMode.BYOK, null), null, "", "acme", "m", null));
        assertThatNullPointerException().isThrownBy(
                () -> new AccessRequest(null, null, "", "acme", "m", null));
        assertThatNullPointerException().isThrownBy(
                () -> new AccessRequest(List.of(), null, null, "acme", "m", null));
        assertInvalid(() -> new AccessRequest(List.of(), null, "", " ", "m", null), "company");
        assertInvalid(() -> new AccessRequest(List.of(), null, "", "acme", "", null), "model");
    }

    @Test
    void machineAccessCopiesWorkloadsAndRejectsBlankKeys() {
        Map<String, AccessBlock> workloads = new HashMap<>();
        workloads.put("batch", AccessBlock.empty());
        MachineAccess machine = new MachineAccess(null, workloads);
        workloads.clear();
        assertThat(machine.workloads()).containsOnlyKeys("batch");
        assertThat(machine.defaultAccessBlock()).isEmpty();
        assertThat(MachineAccess.of(AccessBlock.empty()).defaultAccessBlock()).contains(AccessBlock.empty());
        assertInvalid(() -> new MachineAccess(null, Map.of("", AccessBlock.empty())), "workloads");
        Map<String, AccessBlock> nullValue = new HashMap<>();
        nullValue.put("batch", null);
        assertThatNullPointerException().isThrownBy(() -> new MachineAccess(null, nullValue));
    }

    @Test
    void blockDeepCopiesTheMatrixAndKeepsRowOrder() {
        Map<AuthMode, CellRule> cells = new HashMap<>();
        cells.put(AuthMode.LOCAL, CellRule.deny());
        cells.put(AuthMode.BYOK, CellRule.allow());
        Map<String, Map<AuthMode, CellRule>> matrix = new LinkedHashMap<>();
        matrix.put("model-x", cells);
        matrix.put("*", Map.of());
        matrix.put("acme", Map.of(AuthMode.METERED, CellRule.pin("gateway", null)));
        AccessBlock block = AccessBlock.of(matrix);
        cells.clear();
        matrix.clear();
        assertThat(block.matrix().keySet()).containsExactly("model-x", "*", "acme");
        assertThat(block.matrix().get("model-x").keySet()).containsExactly(AuthMode.BYOK, AuthMode.LOCAL);
        assertThat(block.cell("model-x", AuthMode.LOCAL)).contains(CellRule.deny());
        assertThat(block.cell("model-x", AuthMode.SHARED)).isEmpty();
        assertThat(block.cell("nobody", AuthMode.BYOK)).isEmpty();
        assertThat(block.authOrder()).isEmpty();
        assertThat(block.matrix()).isUnmodifiable();
        assertThat(block.matrix().get("acme")).isUnmodifiable();
        assertThat(block).isEqualTo(new AccessBlock(List.of(), Map.of(
                "model-x", Map.of(AuthMode.BYOK, CellRule.allow(), AuthMode.LOCAL, CellRule.deny()),
                "*", Map.of(),
                "acme", Map.of(AuthMode.METERED, new CellRule(true, "gateway", null)))));
    }

    @Test
    void blockRejectsBlankRowsAndNulls() {
        assertInvalid(() -> AccessBlock.of(Map.of(" ", Map.of())), "matrix");
        Map<AuthMode, CellRule> nullRule = new HashMap<>();
        nullRule.put(AuthMode.BYOK, null);
        assertThatNullPointerException().isThrownBy(() -> AccessBlock.of(Map.of("acme", nullRule)));
        assertThatNullPointerException().isThrownBy(() -> new AccessBlock(null, Map.of()));
        assertThatNullPointerException().isThrownBy(() -> new AccessBlock(List.of(), null));
    }

    @Test
    void cellRulePinsAndValidation() {
        CellRule pinned = CellRule.pin("vertex", "model-y");
        assertThat(pinned.allowed()).isTrue();
        assertThat(pinned.pinnedHost()).contains("vertex");
        assertThat(pinned.pinnedModel()).contains("model-y");
        assertThat(CellRule.allow().pinnedHost()).isEmpty();
        assertThat(CellRule.deny().allowed()).isFalse();
        assertInvalid(() -> new CellRule(true, "", null), "host");
        assertInvalid(() -> new CellRule(true, null, " "), "model");
    }

    @Test
    void grantedValidatesAndCopies() {
        List<AuthMode> effective = new ArrayList<>(List.of(AuthMode.BYOK, AuthMode.LOCAL));
        List<String> dropped = new ArrayList<>(List.of("acme.shared"));
        AccessDecision.Granted granted = new AccessDecision.Granted(AuthMode.LOCAL, null, "m", effective, dropped);
        effective.clear();
        dropped.clear();
        assertThat(granted.effectiveSet()).containsExactly(AuthMode.BYOK, AuthMode.LOCAL).isUnmodifiable();
        assertThat(granted.dropped()).containsExactly("acme.shared").isUnmodifiable();
        assertThat(granted.pinnedHost()).isEmpty();
        assertThat(granted.granted()).isTrue();
        assertInvalid(() -> new AccessDecision.Granted(AuthMode.SHARED, null, "m", List.of(AuthMode.BYOK), List.of()),
                "authMode");
        assertInvalid(() -> new AccessDecision.Granted(AuthMode.BYOK, null, "m",
                List.of(AuthMode.BYOK, AuthMode.BYOK), List.of()), "effectiveSet");
        assertInvalid(() -> new AccessDecision.Granted(AuthMode.BYOK, "", "m", List.of(AuthMode.BYOK), List.of()),
                "host");
        assertInvalid(() -> new AccessDecision.Granted(AuthMode.BYOK, null, "", List.of(AuthMode.BYOK), List.of()),
                "model");
        assertThatNullPointerException().isThrownBy(
                () -> new AccessDecision.Granted(null, null, "m", List.of(AuthMode.BYOK), List.of()));
    }

    @Test
    void deniedCopies() {
        List<String> dropped = new ArrayList<>(List.of("*.byok"));
        AccessDecision.Denied denied = new AccessDecision.Denied(List.of(), dropped);
        dropped.clear();
        assertThat(denied.dropped()).containsExactly("*.byok");
        assertThat(denied.effectiveSet()).isEmpty();
        assertThat(denied.granted()).isFalse();
        assertThatNullPointerException().isThrownBy(() -> new AccessDecision.Denied(List.of(), null));
    }

    @Test
    void decisionIsSealedToGrantedAndDenied() {
        assertThat(AccessDecision.class.isSealed()).isTrue();
        assertThat(AccessDecision.class.getPermittedSubclasses())
                .containsExactlyInAnyOrder(AccessDecision.Granted.class, AccessDecision.Denied.class);
    }
}

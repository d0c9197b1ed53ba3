package dev.donmai.contracts.session;

import static dev.donmai.contracts.ContractAssertions.assertViolation;
import static dev.donmai.contracts.ContractAssertions.assertViolationHides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionSpecTest {

    @Test
    void onlySessionIdIsRequiredAndCollectionsAreNeverNull() {
        SessionSpec spec = new SessionSpec("s-1", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        assertThat(spec.env()).isEmpty();
        assertThat(spec.harnessOptions()).isEmpty();
        assertThat(spec.toolchain()).isEmpty();
        assertThat(spec.platformAllowed()).isEmpty();
        assertThat(spec.injectEnvNames()).isEmpty();
        assertThat(spec.credentialRequirements()).isEmpty();
        assertThat(spec.extra()).isEmpty();
        assertThat(spec.mode()).isSameAs(SessionMode.AUTONOMOUS);
        assertThat(spec.key()).isEqualTo(SessionKey.local("s-1"));
        assertThat(spec).isEqualTo(SessionSpec.builder("s-1").build());
    }

    @Test
    void missingSessionIdIsMissingRequiredField() {
        assertViolation(() -> SessionSpec.builder(null).build(), ViolationCode.MISSING_REQUIRED_FIELD, "sessionId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-lead", "a..b", "ends.", "ref.lock", "has space", "a/b", "ü"})
    void invalidSessionIdIsRejectedWithoutEchoingIt(String bad) {
        assertViolationHides(() -> SessionSpec.builder(bad).build(), ViolationCode.INVALID_VALUE, "sessionId",
                bad.isEmpty() ? "\u0000" : bad);
    }

    @Test
    void componentsCoverTheControlApiFieldsOfHostMd() {
        List<String> names = Arrays.stream(SessionSpec.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        assertThat(names).contains("sessionId", "repository", "ref", "projectId", "repositoryId",
                "requiresRepository", "organizationId", "projectName", "resources", "env", "maxDurationSeconds",
                "workType", "mode", "harness", "harnessOptions", "model", "prompt", "title", "body", "branch",
                "toolchain", "budget", "company", "authMode", "platformAllowed", "injectEnvNames",
                "credentialRequirements", "signature", "extra");
        assertThat(SessionSpec.FIELD_NAMES).contains("sessionId", "signature").doesNotContain("extra");
    }

    @Test
    void collectionsAreCopiedAndUnmodifiable() {
        Map<String, String> env = new HashMap<>(Map.of("A", "1"));
        List<String> names = new ArrayList<>(List.of("ANTHROPIC_API_KEY"));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("behaviour", "succeed");
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("stub", nested);
        SessionSpec spec = SessionSpec.builder("s-1").env(env).injectEnvNames(names).harnessOptions(options).build();

        env.put("B", "2");
        names.add("OTHER");
        nested.put("behaviour", "fail");

        assertThat(spec.env()).containsOnlyKeys("A");
        assertThat(spec.injectEnvNames()).containsExactly("ANTHROPIC_API_KEY");
        assertThat(spec.harnessOptions()).isEqualTo(Map.of("stub", Map.of("behaviour", "succeed")));
        assertThatThrownBy(() -> spec.env().put("C", "3")).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> copied = (Map<String, Object>) spec.harnessOptions().get("stub");
        assertThatThrownBy(() -> copied.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void extraKeepsUnknownFieldsVerbatimInOrderIncludingNull() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("kits", List.of("java"));
        extra.put("claim", Map.of("id", "c1", "attempt", 2));
        extra.put("queuedAt", null);
        SessionSpec spec = SessionSpec.builder("s-1").extra(extra).build();
        assertThat(spec.extra().keySet()).containsExactly("kits", "claim", "queuedAt");
        assertThat(spec.extra().get("queuedAt")).isNull();
        assertThat(spec.toBuilder().build()).isEqualTo(spec);
    }

    @Test
    void extraMayNotShadowATypedField() {
        assertViolation(() -> SessionSpec.builder("s-1").extra(Map.of("repository", "x")).build(),
                ViolationCode.INVALID_VALUE, "extra");
    }

    @Test
    void extraMustBeJsonShaped() {
        assertViolation(() -> SessionSpec.builder("s-1").extra(Map.of("odd", new Object())).build(),
                ViolationCode.INVALID_VALUE, "extra");
    }

    @Test
    void injectEnvNamesMustBeEnvironmentNames() {
        assertViolationHides(() -> SessionSpec.builder("s-1").injectEnvNames(List.of("NOT-A-NAME")).build(),
                ViolationCode.INVALID_VALUE, "injectEnvNames", "NOT-A-NAME");
    }

    @Test
    void platformAllowedKeepsOrderAndRejectsDuplicates() {
        SessionSpec spec = SessionSpec.builder("s-1")
                .platformAllowed(List.of(AuthMode.HOST_SESSION, AuthMode.BYOK)).build();
        assertThat(spec.platformAllowed()).containsExactly(AuthMode.HOST_SESSION, AuthMode.BYOK);
        assertViolation(() -> SessionSpec.builder("s-1").platformAllowed(List.of(AuthMode.BYOK, AuthMode.BYOK))
                .build(), ViolationCode.INVALID_VALUE, "platformAllowed");
    }

    @Test
    void nestedValuesValidate() {
        assertViolation(() -> new SessionSpec.Resources(0.0, 512L), ViolationCode.INVALID_VALUE, "resources.vCpu");
        assertViolation(() -> new SessionSpec.Resources(2.0, -1L), ViolationCode.INVALID_VALUE,
                "resources.memoryMb");
        assertViolation(() -> new SessionSpec.Budget(-0.01, null), ViolationCode.INVALID_VALUE, "budget.maxCostUsd");
        assertViolation(() -> new SessionSpec.Budget(Double.NaN, null), ViolationCode.INVALID_VALUE,
                "budget.maxCostUsd");
        assertViolation(() -> SessionSpec.builder("s-1").maxDurationSeconds(-1L).build(),
                ViolationCode.INVALID_VALUE, "maxDurationSeconds");
        assertThat(new SessionSpec.Budget(null, 1000L).maxTokens()).isEqualTo(1000L);
    }

    @Test
    void signatureHoldsWhatWasReceived() {
        SpecSignature signature = new SpecSignature("0123456789abcdef", "rsa", "c2ln");
        assertThat(signature.isEd25519()).isFalse();
        assertThat(SpecSignature.ed25519("0123456789abcdef", "c2ln").isEd25519()).isTrue();
        assertViolation(() -> new SpecSignature("k", "ed25519", null), ViolationCode.MISSING_REQUIRED_FIELD,
                "signature.value");
    }

    @Test
    void keyUsesTheOrganizationWhenPresent() {
        assertThat(SessionSpec.builder("s-1").organizationId("acme").build().key())
                .isEqualTo(new SessionKey("acme", "s-1"));
    }
}

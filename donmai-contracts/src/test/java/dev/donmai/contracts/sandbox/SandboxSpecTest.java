package dev.donmai.contracts.sandbox;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertMissing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.contracts.workarea.WorkareaSource;
import dev.donmai.contracts.workarea.WorkareaSpec;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxSpecTest {

    private static final SessionKey KEY = SessionKey.local("ses-1");
    private static final ScopeTarget SCOPE = ScopeTarget.of(null, "acme", "web");
    private static final Secret TOKEN = Secret.of("reg-token-value");

    private static SandboxSpec spec(Map<String, String> env, Duration max, WorkareaSpec workarea) {
        return new SandboxSpec(KEY, SCOPE, new Resources(0.5, 1024, 2048, false), TOKEN, "worker:1", env,
                NetworkPolicy.allowlist(List.of("github.com", "*.npmjs.org")), max, Duration.ofMinutes(5), "git",
                workarea, "eu-west-1");
    }

    @Test
    void acceptsAFullSpecAndCopiesTheEnvironment() {
        Map<String, String> env = new HashMap<>(Map.of("CI", "1"));
        WorkareaSpec workarea = WorkareaSpec.exclusive(KEY, SCOPE, WorkareaSource.of("https://example.com/r.git",
                "main"));
        SandboxSpec spec = spec(env, Duration.ofHours(1), workarea);
        env.put("LATE", "x");
        assertThat(spec.envVars()).containsOnlyKeys("CI");
        assertThat(spec.workareaSpec()).isEqualTo(workarea);
    }

    @Test
    void minimalSpecLeavesEverythingOptionalToTheProvider() {
        SandboxSpec spec = SandboxSpec.minimal(KEY, SCOPE, TOKEN);
        assertThat(spec.resources()).isNull();
        assertThat(spec.networkPolicy()).isNull();
        assertThat(spec.envVars()).isEmpty();
    }

    @Test
    void registrationTokenIsRequiredAndNeverPrinted() {
        assertMissing(() -> SandboxSpec.minimal(KEY, SCOPE, null), "registrationToken");
        assertThat(SandboxSpec.minimal(KEY, SCOPE, TOKEN).toString()).doesNotContain("reg-token-value")
                .contains("Secret[***]");
    }

    @Test
    void rejectsBadEnvironmentNamesDurationsAndForeignWorkareas() {
        assertInvalid(() -> spec(Map.of("BAD-NAME", "x"), null, null), "envVars");
        assertInvalid(() -> spec(Map.of(), Duration.ZERO, null), "maxDuration");
        assertInvalid(() -> spec(Map.of(), Duration.ofSeconds(-1), null), "maxDuration");
        WorkareaSpec other = WorkareaSpec.exclusive(SessionKey.local("ses-2"), SCOPE, null);
        assertInvalid(() -> spec(Map.of(), null, other), "workareaSpec");
    }

    @Test
    void resourcesAndNetworkPolicyValidate() {
        assertInvalid(() -> new Resources(0, 1, 1, false), "vCpu");
        assertInvalid(() -> new Resources(1, 0, 1, false), "memoryMb");
        assertInvalid(() -> new NetworkPolicy(EgressDefault.DENY_ALL, List.of("github.com")), "allowHosts");
        assertInvalid(() -> NetworkPolicy.allowlist(List.of("https://github.com")), "allowHosts");
        assertThat(new NetworkPolicy(EgressDefault.ALLOWLIST, List.of()).allowHosts()).isEmpty();
    }
}

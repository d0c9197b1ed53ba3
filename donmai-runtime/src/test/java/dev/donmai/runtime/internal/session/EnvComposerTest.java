package dev.donmai.runtime.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvComposerTest {

    private final EnvComposer composer = new EnvComposer("DONMAI", List.of("CORP_*"), "Donmai Agent",
            "agent@donmai.invalid");

    @Test
    void defaultBlocklistDropsBrandAndDaemonTokens() {
        assertThat(composer.blocked("DONMAI_HOME")).isTrue();
        assertThat(composer.blocked("ACME_DAEMON_TOKEN")).isTrue();
        assertThat(composer.blocked("X_CONTROL_TOKEN")).isTrue();
        assertThat(composer.blocked("X_INSTALL_TOKEN")).isTrue();
        assertThat(composer.blocked("X_RUNTIME_TOKEN")).isTrue();
        assertThat(composer.blocked("X_REGISTRATION_TOKEN")).isTrue();
        assertThat(composer.blocked("CORP_SSO")).isTrue();
        assertThat(composer.blocked("GITHUB_TOKEN")).isFalse();
        assertThat(composer.blocked("PATH")).isFalse();
        assertThat(new EnvComposer("RENSEI", List.of(), "a", "b").blocked("RENSEI_DAEMON_URL")).isTrue();
    }

    @Test
    void layersApplyInOrderAndLaterWins() {
        Map<String, String> daemon = ordered("PATH", "/bin", "SHARED", "daemon", "DONMAI_HOME", "/h",
                "ACME_DAEMON_TOKEN", "tok-daemon-123", "bad name", "x");
        Map<String, String> base = ordered("SHARED", "base", "BASE_ONLY", "1");
        Map<String, String> item = ordered("SHARED", "item", "DONMAI_SESSION_ID", "forged", "CORP_X", "y",
                "ITEM_ONLY", "2");
        Map<String, String> runtime = ordered("DONMAI_SESSION_ID", "s-1");

        EnvComposer.Composed composed = composer.compose(daemon, base, item, Map.of(), runtime);

        assertThat(composed.env()).containsEntry("PATH", "/bin").containsEntry("SHARED", "item")
                .containsEntry("BASE_ONLY", "1").containsEntry("ITEM_ONLY", "2")
                .containsEntry("DONMAI_SESSION_ID", "s-1")
                .doesNotContainKeys("DONMAI_HOME", "ACME_DAEMON_TOKEN", "CORP_X", "bad name");
        assertThat(composed.warnings()).containsExactly("env-blocked: DONMAI_SESSION_ID", "env-blocked: CORP_X");
    }

    @Test
    void gitIdentityIsSetUnlessTheDaemonHasOne() {
        EnvComposer.Composed none = composer.compose(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
        assertThat(none.env()).containsEntry("GIT_AUTHOR_NAME", "Donmai Agent")
                .containsEntry("GIT_COMMITTER_NAME", "Donmai Agent")
                .containsEntry("GIT_AUTHOR_EMAIL", "agent@donmai.invalid")
                .containsEntry("GIT_COMMITTER_EMAIL", "agent@donmai.invalid");

        EnvComposer.Composed own = composer.compose(Map.of("GIT_AUTHOR_NAME", "Me"), Map.of(), Map.of(), Map.of(),
                Map.of());
        assertThat(own.env()).containsEntry("GIT_AUTHOR_NAME", "Me").containsEntry("GIT_COMMITTER_NAME",
                "Donmai Agent");
    }

    @Test
    void secretValuesAreCollectedForTheRedactor() {
        EnvComposer.Composed composed = composer.compose(
                ordered("HOME", "/home/u", "OPENAI_API_KEY", "sk-daemon", "ACME_DAEMON_TOKEN", "d-tok"),
                ordered("DB_PASSWORD", "base-pw", "LEVEL", "3"),
                ordered("ANY", "item-value"), ordered("GH", "cred"), Map.of());

        assertThat(composed.secretValues()).containsOnlyKeys("OPENAI_API_KEY", "ACME_DAEMON_TOKEN", "DB_PASSWORD",
                "ANY", "GH");
        assertThat(composed.env()).containsEntry("OPENAI_API_KEY", "sk-daemon").containsEntry("GH", "cred");
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}

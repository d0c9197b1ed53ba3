package dev.donmai.runtime.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatternSecretRedactorTest {

    private final PatternSecretRedactor redactor = PatternSecretRedactor.create();

    @Test
    void secretNamedKeysAreMaskedAtAnyDepth() {
        Object out = redactor.redactJson(Map.of("command", "ls", "env", Map.of("GITHUB_TOKEN", "abc",
                "inputTokens", 12, "headers", Map.of("x", "y")), "list", List.of(Map.of("password", "pw"))));

        assertThat(out).isEqualTo(Map.of("command", "ls", "env", Map.of("GITHUB_TOKEN", "***", "inputTokens", 12,
                "headers", "***"), "list", List.of(Map.of("password", "***"))));
    }

    @Test
    void knownValuesAreNamedRawAndUrlEncoded() {
        SecretRedactor r = redactor.withSecrets(Map.of("MY_KEY", "s3cr3t/value+x", "SHORT", "abc"));

        assertThat(r.redact("curl -d s3cr3t/value+x")).isEqualTo("curl -d [REDACTED:MY_KEY]");
        assertThat(r.redact("q=s3cr3t%2Fvalue%2Bx")).isEqualTo("q=[REDACTED:MY_KEY]");
        assertThat(r.redact("abc stays")).isEqualTo("abc stays");
    }

    @Test
    void longerKnownValueWinsOverOneItContains() {
        SecretRedactor r = redactor.withSecrets(Map.of("INNER", "password1", "OUTER", "password1-and-more"));

        assertThat(r.redact("x password1-and-more y password1")).isEqualTo("x [REDACTED:OUTER] y [REDACTED:INNER]");
    }

    @Test
    void tokenPatternsAreReplaced() {
        assertThat(redactor.redact("Authorization: Bearer abcdefgh12345678")).doesNotContain("abcdefgh12345678");
        assertThat(redactor.redact("key AKIAABCDEFGHIJKLMNOP end")).isEqualTo("key [REDACTED] end");
        assertThat(redactor.redact("ghp_" + "a".repeat(36))).isEqualTo("[REDACTED]");
        assertThat(redactor.redact("github_pat_" + "B".repeat(30))).isEqualTo("[REDACTED]");
        assertThat(redactor.redact("sk-ant-api03-" + "x".repeat(20))).isEqualTo("[REDACTED]");
        assertThat(redactor.redact("xoxb-1234567890-abc")).isEqualTo("[REDACTED]");
        assertThat(redactor.redact("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig_123"))
                .isEqualTo("[REDACTED]");
        assertThat(redactor.redact("clone https://user:pw@example.com/r.git"))
                .isEqualTo("clone https://[REDACTED]@example.com/r.git");
        assertThat(redactor.redact("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"))
                .isEqualTo("[REDACTED]");
    }

    @Test
    void assignmentsOfSecretNamesLoseTheirValueButCountersStay() {
        assertThat(redactor.redact("export API_TOKEN=abc123xyz")).isEqualTo("export API_TOKEN=[REDACTED]");
        assertThat(redactor.redact("password: hunter22")).isEqualTo("password: [REDACTED]");
        assertThat(redactor.redact("{\"client_secret\":\"zzz999\"}")).isEqualTo("{\"client_secret\":\"[REDACTED]\"}");
        assertThat(redactor.redact("input_tokens=120 max_tokens: 4096")).isEqualTo("input_tokens=120 max_tokens: 4096");
    }

    @Test
    void redactionIsIdempotentAndKeepsNull() {
        SecretRedactor r = redactor.withSecrets(Map.of("K", "value-of-k-123"));
        String once = r.redact("TOKEN=value-of-k-123 and Bearer qwertyuiop123");

        assertThat(r.redact(once)).isEqualTo(once);
        assertThat(r.redact(null)).isNull();
        assertThat(r.redactJson(42)).isEqualTo(42);
    }

    @Test
    void secretNamePatternFollowsBoundaryRules() {
        assertThat(SecretRedactor.isSecretName("GITHUB_TOKEN")).isTrue();
        assertThat(SecretRedactor.isSecretName("apiKey")).isTrue();
        assertThat(SecretRedactor.isSecretName("inputTokens")).isFalse();
        assertThat(SecretRedactor.isSecretName("HOME")).isFalse();
    }
}

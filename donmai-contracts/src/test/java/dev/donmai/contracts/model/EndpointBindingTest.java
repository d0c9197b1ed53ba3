package dev.donmai.contracts.model;

import static dev.donmai.contracts.ContractAssertions.assertViolation;
import static dev.donmai.contracts.ContractAssertions.assertViolationHides;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointBindingTest {

    static EndpointBinding binding(String baseUrl) {
        return new EndpointBinding("anthropic", "claude-sonnet", baseUrl, WireProtocol.ANTHROPIC_MESSAGES,
                ServingHost.DIRECT, AuthMode.BYOK, CostModel.PER_TOKEN, false, List.of("ANTHROPIC_API_KEY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.com", "https://api.example.com:8443/v1?x=1",
        "HTTPS://API.EXAMPLE.COM/", "http://localhost:11434/v1", "http://LOCALHOST", "http://127.0.0.1:8080",
        "http://127.255.0.9/", "http://[::1]:8080/v1", "http://[0:0:0:0:0:0:0:1]/", "https://10.0.0.5/"})
    void allowedBaseUrls(String url) {
        assertThat(binding(url).baseUrl()).isEqualTo(url);
        assertThat(EndpointCells.isAllowedBaseUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.example.com/v1", "http://10.0.0.5/", "http://128.0.0.1/",
        "http://127.0.0.256/", "http://localhost.example.com/", "http://[::2]/", "ftp://localhost/",
        "file:///tmp/socket", "api.example.com", "/v1/messages", "https://user:pw@api.example.com/",
        "https://user@api.example.com/", "http://user@localhost/", "https://", "https:///path",
        "mailto:someone@example.com", "https://api example.com/", "https://under_score.example.com/", ""})
    void rejectedBaseUrlsNameTheFieldAndHideTheValue(String url) {
        assertViolationHides(() -> binding(url), ViolationCode.INVALID_VALUE, "baseUrl", url.isEmpty() ? "\u0000" : url);
        assertThat(EndpointCells.isAllowedBaseUrl(url)).isFalse();
    }

    @Test
    void absentBaseUrlMeansTheHarnessDefault() {
        assertThat(binding(null).baseUrl()).isNull();
        assertThat(EndpointCells.isAllowedBaseUrl(null)).isFalse();
    }

    @Provide
    Arbitrary<String> publicHosts() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(label, label, Arbitraries.of("com", "org", "dev", "io"))
                .as((a, b, tld) -> a + "." + b + "." + tld)
                .filter(h -> !h.startsWith("localhost."));
    }

    @Provide
    Arbitrary<String> loopbackHosts() {
        Arbitrary<String> v4 = Combinators.combine(Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255))
                .as((a, b, c) -> "127." + a + "." + b + "." + c);
        return Arbitraries.oneOf(v4, Arbitraries.of("localhost", "LocalHost", "[::1]", "[0:0:0:0:0:0:0:1]"));
    }

    @Provide
    Arbitrary<String> nonLoopbackIps() {
        return Combinators.combine(Arbitraries.integers().between(0, 255).filter(a -> a != 127),
                Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 255)).as((a, b, c, d) -> a + "." + b + "." + c + "." + d);
    }

    @Property
    void httpsIsAlwaysAllowed(@ForAll("publicHosts") String host, @ForAll @IntRange(min = 1, max = 65535) int port) {
        assertThat(EndpointCells.isAllowedBaseUrl("https://" + host + ":" + port + "/v1")).isTrue();
        assertThat(EndpointCells.isAllowedBaseUrl("https://" + host)).isTrue();
    }

    @Property
    void plainHttpIsAllowedOnLoopback(@ForAll("loopbackHosts") String loopback,
            @ForAll @IntRange(min = 1, max = 65535) int port) {
        assertThat(EndpointCells.isAllowedBaseUrl("http://" + loopback + ":" + port + "/")).isTrue();
    }

    @Property
    void plainHttpIsRejectedForPublicNames(@ForAll("publicHosts") String host,
            @ForAll @IntRange(min = 1, max = 65535) int port) {
        assertThat(EndpointCells.isAllowedBaseUrl("http://" + host + ":" + port + "/")).isFalse();
    }

    @Property
    void plainHttpIsRejectedForNonLoopbackAddresses(@ForAll("nonLoopbackIps") String ip) {
        assertThat(EndpointCells.isAllowedBaseUrl("http://" + ip + "/")).isFalse();
        assertThat(EndpointCells.isAllowedBaseUrl("https://" + ip + "/")).isTrue();
    }

    @Property
    void userInfoIsNeverAllowed(@ForAll("loopbackHosts") String loopback, @ForAll("publicHosts") String host) {
        assertThat(EndpointCells.isAllowedBaseUrl("https://key@" + host + "/")).isFalse();
        assertThat(EndpointCells.isAllowedBaseUrl("http://u:p@" + loopback + "/")).isFalse();
    }

    @Test
    void bringsOwnAuthNamesNoEnvironment() {
        assertViolation(() -> new EndpointBinding("anthropic", "claude-sonnet", null,
                WireProtocol.ANTHROPIC_MESSAGES, ServingHost.OAUTH_CLI, AuthMode.HOST_SESSION,
                CostModel.SUBSCRIPTION, true, List.of("ANTHROPIC_API_KEY")), ViolationCode.INVALID_VALUE,
                "injectEnvNames");
        EndpointBinding own = new EndpointBinding("anthropic", "claude-sonnet", null, WireProtocol.ANTHROPIC_MESSAGES,
                ServingHost.OAUTH_CLI, AuthMode.HOST_SESSION, CostModel.SUBSCRIPTION, true, null);
        assertThat(own.injectEnvNames()).isEmpty();
    }

    @Test
    void requiredComponentsAreNamed() {
        assertViolation(() -> new EndpointBinding("anthropic", "m", null, null, ServingHost.DIRECT, AuthMode.BYOK,
                CostModel.PER_TOKEN, false, List.of()), ViolationCode.MISSING_REQUIRED_FIELD, "protocol");
        assertViolation(() -> new EndpointBinding(" ", "m", null, WireProtocol.ANTHROPIC_MESSAGES,
                ServingHost.DIRECT, AuthMode.BYOK, CostModel.PER_TOKEN, false, List.of()),
                ViolationCode.INVALID_VALUE, "company");
        assertViolation(() -> new EndpointBinding("anthropic", "m", null, WireProtocol.ANTHROPIC_MESSAGES,
                ServingHost.DIRECT, AuthMode.BYOK, CostModel.PER_TOKEN, false, List.of("1BAD")),
                ViolationCode.INVALID_VALUE, "injectEnvNames");
    }

    @Test
    void requestBaseUrlFollowsTheSameRules() {
        assertViolation(() -> new EndpointRequest("anthropic", "m", AuthMode.BYOK, null, null, null,
                "http://example.com"), ViolationCode.INVALID_VALUE, "baseUrl");
        assertThat(new EndpointRequest("anthropic", "m", AuthMode.BYOK, null, null, null, null).harnessDrives())
                .isEmpty();
    }
}

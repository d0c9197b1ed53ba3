package ai.rensei.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DaemonAddressTest {

    private static final CliEnvironment NO_ENV = CliEnvironment.of(Map.of());

    @Test
    void defaultsToLoopback7734() {
        assertThat(resolve(null, null, NO_ENV)).hasToString("http://127.0.0.1:7734");
    }

    @Test
    void environmentUrlIsUsedWithoutTrailingSlash() {
        CliEnvironment env = CliEnvironment.of(Map.of("RENSEI_DAEMON_URL", "http://localhost:9000/"));

        DaemonAddress address = resolve(null, null, env);

        assertThat(address).hasToString("http://localhost:9000");
        assertThat(address.api("/providers")).hasToString("http://localhost:9000/api/daemon/providers");
    }

    @Test
    void eitherFlagWinsAndFillsTheOtherPartWithItsDefault() {
        CliEnvironment env = CliEnvironment.of(Map.of("RENSEI_DAEMON_URL", "http://example.test:1"));

        assertThat(resolve(null, 8000, env)).hasToString("http://127.0.0.1:8000");
        assertThat(resolve("localhost", null, env)).hasToString("http://localhost:7734");
        assertThat(resolve("::1", 9, env)).hasToString("http://[::1]:9");
    }

    @Test
    void blankEnvironmentValueCountsAsUnset() {
        assertThat(resolve(null, null, CliEnvironment.of(Map.of("RENSEI_DAEMON_URL", " ")))).hasToString("http://127.0.0.1:7734");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://host:1", "127.0.0.1:7734", "http://", "http://h:99999", "http://u@h:1", "http://h:1/?q=1"})
    void badEnvironmentUrlIsAUsageError(String value) {
        CliEnvironment env = CliEnvironment.of(Map.of("RENSEI_DAEMON_URL", value));

        assertThatThrownBy(() -> resolve(null, null, env))
                .isInstanceOfSatisfying(CliException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
                    assertThat(e.lines()).containsExactly("invalid RENSEI_DAEMON_URL: " + value);
                });
    }

    private static DaemonAddress resolve(String host, Integer port, CliEnvironment env) {
        return DaemonAddress.resolve(new DaemonEndpointOptions(host, port), env);
    }
}

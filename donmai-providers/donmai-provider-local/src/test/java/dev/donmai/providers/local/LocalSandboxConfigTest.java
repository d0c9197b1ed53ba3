package dev.donmai.providers.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderException.ViolationCode;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.Secret;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration keys and their validation in {@link LocalSandboxProviderFactory#create}. */
class LocalSandboxConfigTest {

    private final LocalSandboxProviderFactory factory = new LocalSandboxProviderFactory();

    @Test
    void defaults() {
        LocalSandboxConfig config = LocalSandboxConfig.from(ProviderConfig.empty());

        assertThat(config.rootIfSet()).isEmpty();
        assertThat(config.registrationUrl()).isEqualTo("http://127.0.0.1:7734");
        assertThat(config.maxConcurrentIfSet()).isEmpty();
    }

    @Test
    void everyKnownKey() {
        Path root = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().resolve("x/../sandboxes");
        LocalSandboxConfig config = LocalSandboxConfig.from(ProviderConfig.of(Map.of("root", root.toString(),
                "registrationUrl", "https://daemon.example.org:8443/", "maxConcurrent", 8L)));

        assertThat(config.rootIfSet()).contains(root.normalize());
        assertThat(config.registrationUrl()).isEqualTo("https://daemon.example.org:8443/");
        assertThat(config.maxConcurrentIfSet()).contains(8);
    }

    @Test
    void anUnknownKeyIsUnknownField() {
        assertViolation(Map.of("maxConcurent", 3), ViolationCode.UNKNOWN_FIELD, "maxConcurent");
    }

    @Test
    void anySecretIsUnknownField() {
        ProviderConfig config = new ProviderConfig(ProviderScope.GLOBAL, Map.of(),
                Map.of("root", Secret.of("s3cr3t-value")));

        assertThatThrownBy(() -> factory.create(config))
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class, e -> {
                    assertThat(e.code()).isEqualTo(ViolationCode.UNKNOWN_FIELD);
                    assertThat(e.field()).isEqualTo("root");
                    assertThat(e.getMessage()).doesNotContain("s3cr3t-value");
                });
    }

    @Test
    void badValuesAreInvalidValueNamingTheKeyNotTheValue() {
        assertViolation(Map.of("maxConcurrent", 0), ViolationCode.INVALID_VALUE, "maxConcurrent");
        assertViolation(Map.of("maxConcurrent", -2), ViolationCode.INVALID_VALUE, "maxConcurrent");
        assertViolation(Map.of("maxConcurrent", "many"), ViolationCode.INVALID_VALUE, "maxConcurrent");
        assertViolation(Map.of("maxConcurrent", 1L << 40), ViolationCode.INVALID_VALUE, "maxConcurrent");
        assertViolation(Map.of("root", "relative/dir"), ViolationCode.INVALID_VALUE, "root");
        assertViolation(Map.of("root", 42), ViolationCode.INVALID_VALUE, "root");
        assertViolation(Map.of("registrationUrl", "ftp://daemon.example.org"), ViolationCode.INVALID_VALUE,
                "registrationUrl");
        assertViolation(Map.of("registrationUrl", "not a url"), ViolationCode.INVALID_VALUE, "registrationUrl");
        assertThatThrownBy(() -> factory.create(ProviderConfig.of(Map.of("registrationUrl",
                "http://user:hunter2@127.0.0.1:7734"))))
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("registrationUrl");
                    assertThat(e.getMessage()).doesNotContain("hunter2");
                });
    }

    @Test
    void theScopeIsKeptAndTheManifestIsTheFactorys() {
        LocalSandboxProvider provider = factory.create(ProviderConfig.of(Map.of("maxConcurrent", 3)));

        assertThat(provider.scope()).isEqualTo(ProviderScope.GLOBAL);
        assertThat(provider.manifest()).isEqualTo(factory.manifest());
        assertThat(provider.capabilities().maxConcurrent()).isNull();
        assertThat(provider.observedCapabilities()).as("a configured limit never turns unknown into known")
                .isEqualTo(provider.capabilities());
    }

    private void assertViolation(Map<String, Object> values, ViolationCode code, String field) {
        assertThatThrownBy(() -> factory.create(ProviderConfig.of(values)))
                .as("%s", values.keySet())
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo(field);
                });
    }
}

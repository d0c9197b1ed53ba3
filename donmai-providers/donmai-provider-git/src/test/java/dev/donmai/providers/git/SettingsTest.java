package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void workareaDefaults() {
        WorkareaSettings s = WorkareaSettings.from(ProviderConfig.of(Map.of("stateHome", "/tmp/donmai-home")));
        assertThat(s.stateHome()).isEqualTo(Path.of("/tmp/donmai-home"));
        assertThat(s.fetchInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.poolEnabled()).isTrue();
        assertThat(s.maxReadyPerKey()).isEqualTo(2);
        assertThat(s.minReadyPerKey()).isEqualTo(1);
        assertThat(s.poolMaxDiskBytes()).isZero();
        assertThat(s.gitBinary()).isEqualTo("git");
    }

    @Test
    void flatAndNestedKeysMeanTheSame() {
        WorkareaSettings flat = WorkareaSettings.from(ProviderConfig.of(Map.of("stateHome", "/h",
                "pool.enabled", false, "pool.maxReadyPerKey", 4, "poolMaxDiskGb", 1.5, "fetchIntervalSeconds", "5")));
        WorkareaSettings nested = WorkareaSettings.from(ProviderConfig.of(Map.of("stateHome", "/h",
                "pool", Map.of("enabled", false, "maxReadyPerKey", 4), "poolMaxDiskGb", "1.5",
                "fetchIntervalSeconds", 5)));
        assertThat(nested).isEqualTo(flat);
        assertThat(flat.poolMaxDiskBytes()).isEqualTo(1_500_000_000L);
    }

    @Test
    void unknownMissingAndInvalidKeys() {
        assertThatThrownBy(() -> WorkareaSettings.from(ProviderConfig.of(Map.of("stateHome", "/h",
                "pool", Map.of("bogus", 1)))))
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class, e -> {
                    assertThat(e.code()).isEqualTo(ProviderException.ViolationCode.UNKNOWN_FIELD);
                    assertThat(e.field()).isEqualTo("pool.bogus");
                });
        assertThat(WorkareaSettings.from(ProviderConfig.empty()).stateHome()).as("host data dir then").isNull();
        assertThatThrownBy(() -> WorkareaSettings.from(ProviderConfig.of(Map.of("stateHome", "relative"))))
                .isInstanceOf(ProviderException.ContractViolation.class);
        assertThatThrownBy(() -> WorkareaSettings.from(ProviderConfig.of(Map.of("stateHome", "/h",
                "pool.minReadyPerKey", 3)))).as("min above max").isInstanceOf(ProviderException.ContractViolation.class);
        assertThatThrownBy(() -> WorkareaSettings.from(ProviderConfig.of(Map.of("stateHome", "/h",
                "poolMaxDiskGb", -1)))).isInstanceOf(ProviderException.ContractViolation.class);
    }

    @Test
    void vcsKeys() {
        VcsSettings s = VcsSettings.from(ProviderConfig.empty());
        assertThat(s.authorName()).isEqualTo("Donmai Agent");
        assertThat(s.authorEmail()).isEqualTo("agent@donmai.invalid");
        assertThat(s.stateHome()).isNull();
        assertThatThrownBy(() -> VcsSettings.from(ProviderConfig.of(Map.of("fetchIntervalSeconds", 1))))
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class,
                        e -> assertThat(e.code()).isEqualTo(ProviderException.ViolationCode.UNKNOWN_FIELD));
    }

    @Test
    void toolchainKeys() {
        assertThat(ToolchainKey.of(Map.of())).isEqualTo("none");
        assertThat(ToolchainKey.of(Map.of("node", "v20.11.1", "java", "17.0.9"))).isEqualTo("java@17.0,node@20.11");
        assertThat(ToolchainKey.of(Map.of("java", "17"))).isEqualTo("java@17.0");
        assertThat(ToolchainKey.of(Map.of("python", "3.11"))).isEqualTo("python@3.11");
        assertThat(ToolchainKey.of(Map.of("node", ">=18 <22"))).isEqualTo("node@>=18<22");
    }

    @Test
    void mirrorRefCandidates() {
        assertThat(MirrorCache.candidates("main")).containsExactly("refs/remotes/origin/main", "refs/tags/main");
        assertThat(MirrorCache.candidates("HEAD")).containsExactly("refs/remotes/origin/HEAD");
        assertThat(MirrorCache.candidates("refs/heads/x")).containsExactly("refs/remotes/origin/x");
        assertThat(MirrorCache.candidates("refs/tags/v1")).containsExactly("refs/tags/v1");
        assertThat(MirrorCache.candidates("abcdef1")).containsExactly("refs/remotes/origin/abcdef1",
                "refs/tags/abcdef1", "abcdef1");
    }
}

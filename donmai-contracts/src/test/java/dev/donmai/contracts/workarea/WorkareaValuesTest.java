package dev.donmai.contracts.workarea;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertLabelsCoverComponents;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertMissing;
import static dev.donmai.contracts.testsupport.ContractAssertions.wires;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.SessionKey;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkareaValuesTest {

    private static final String CHECKSUM = "a".repeat(64);
    private static final Path ROOT = Path.of("/tmp/worktrees/ses-1").toAbsolutePath();
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    private static Workarea workarea(Path path, String commit, String checksum, Map<String, String> toolchain) {
        return new Workarea("wa-1", path, null, "git", "main", commit, checksum, toolchain, NOW,
                WorkareaMode.EXCLUSIVE, null, WorkareaCursor.start("stream-1"), AcquirePath.POOL_WARM);
    }

    @Test
    void workareaValidatesAndCopies() {
        Map<String, String> toolchain = new HashMap<>(Map.of("java", "17.0.9"));
        Workarea wa = workarea(ROOT, "0123456789abcdef0123456789abcdef01234567", CHECKSUM, toolchain);
        toolchain.put("node", "20");
        assertThat(wa.toolchain()).containsOnlyKeys("java");
        assertInvalid(() -> workarea(Path.of("relative"), "abcdef1", CHECKSUM, Map.of()), "path");
        assertInvalid(() -> workarea(ROOT, "HEAD", CHECKSUM, Map.of()), "commit");
        assertInvalid(() -> workarea(ROOT, "abcdef1", "A".repeat(64), Map.of()), "cleanStateChecksum");
        assertInvalid(() -> workarea(ROOT, "abcdef1", "a".repeat(63), Map.of()), "cleanStateChecksum");
        assertMissing(() -> workarea(ROOT, "abcdef1", null, Map.of()), "cleanStateChecksum");
    }

    @Test
    void cursorAdvancesWithinTheSameStream() {
        Workarea wa = workarea(ROOT, "abcdef1", CHECKSUM, Map.of());
        Workarea later = wa.withCursorPosition(7);
        assertThat(later.cursor()).isEqualTo(new WorkareaCursor("stream-1", 7));
        assertThat(later.id()).isEqualTo(wa.id());
        assertInvalid(() -> new WorkareaCursor("stream-1", -1), "position");
        assertInvalid(() -> new WorkareaCursor("../s", 0), "streamId");
    }

    @Test
    void sourcePathsStayInsideTheTreeAndUrlsCarryNoCredentials() {
        assertThat(new WorkareaSource("git@github.com:acme/web.git", "main", List.of("src", "docs/a.md")).paths())
                .containsExactly("src", "docs/a.md");
        assertThat(WorkareaSource.of("ssh://git@github.com/acme/web.git", "v1.0").ref()).isEqualTo("v1.0");
        assertInvalid(() -> new WorkareaSource("https://x", "main", List.of("../up")), "paths");
        assertInvalid(() -> new WorkareaSource("https://x", "main", List.of("a/../../b")), "paths");
        assertInvalid(() -> new WorkareaSource("https://x", "main", List.of("/etc")), "paths");
        assertInvalid(() -> new WorkareaSource("https://x", "main", List.of("C:/x")), "paths");
        assertInvalid(() -> WorkareaSource.of("https://user:ghp_x@github.com/acme/web.git", "main"), "repository");
        assertInvalid(() -> WorkareaSource.of("https://x", " "), "ref");
    }

    @Test
    void specValidatesToolchainDemands() {
        SessionKey key = SessionKey.local("ses-1");
        WorkareaSpec spec = new WorkareaSpec(key, ScopeTarget.global(), null, Os.LINUX, null,
                Map.of("java", "17", "node", ">=18 <22"), null, WorkareaMode.SHARED, "wa-parent");
        assertThat(spec.toolchain()).containsEntry("node", ">=18 <22");
        assertInvalid(() -> new WorkareaSpec(key, ScopeTarget.global(), null, null, null, Map.of("Java", "17"), null,
                WorkareaMode.EXCLUSIVE, null), "toolchain");
        assertInvalid(() -> new WorkareaSpec(key, ScopeTarget.global(), null, null, null, Map.of("java", ""), null,
                WorkareaMode.EXCLUSIVE, null), "toolchain");
        assertMissing(() -> new WorkareaSpec(key, ScopeTarget.global(), null, null, null, Map.of(), null, null,
                null), "mode");
        assertThat(WorkareaSpec.exclusive(key, ScopeTarget.global(), null).mode()).isEqualTo(WorkareaMode.EXCLUSIVE);
    }

    @Test
    void capabilities() {
        assertLabelsCoverComponents(WorkareaCapabilities.class);
        WorkareaCapabilities caps = new WorkareaCapabilities(CleanGuarantee.FULL, false, false, false, List.of(),
                true, 4, List.of("java", "node"), false, Os.LINUX, Arch.X86_64, new LatencyMs(50, 200),
                new LatencyMs(20, 80), false);
        assertThat(caps.family()).isEqualTo(ProviderFamily.WORKAREA);
        assertThat(caps.supportsToolchain("java")).isTrue();
        assertThat(caps.supportsToolchain("go")).isFalse();
        assertInvalid(() -> new WorkareaCapabilities(CleanGuarantee.FULL, false, false, false, List.of(), false, 4,
                List.of("*"), false, Os.LINUX, Arch.X86_64, new LatencyMs(1, 2), new LatencyMs(1, 2), false),
                "maxSharedConcurrency");
        assertInvalid(() -> new LatencyMs(100, 50), "p95");
        assertInvalid(() -> new LatencyMs(-1, 50), "p50");
    }

    @Test
    void snapshotRefValidates() {
        assertThat(new WorkareaSnapshotRef("git", "snap-1", NOW).snapshotId()).isEqualTo("snap-1");
        assertInvalid(() -> new WorkareaSnapshotRef("git", "snap/1", NOW), "snapshotId");
    }

    @Test
    void enumWireSpellings() {
        assertThat(wires(AcquirePath.class)).containsExactly("pool-warm", "pool-fresh", "cold");
        assertThat(wires(CleanGuarantee.class)).containsExactly("full", "scoped", "best-effort");
        assertThat(wires(WorkareaMode.class)).containsExactly("exclusive", "shared");
    }
}

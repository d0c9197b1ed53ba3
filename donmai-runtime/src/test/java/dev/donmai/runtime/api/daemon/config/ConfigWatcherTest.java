package dev.donmai.runtime.api.daemon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.donmai.runtime.spi.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hot reload against real files: the watcher thread, the debounce and the 2 s budget of host.md §4.1. */
class ConfigWatcherTest {

    private static final Duration APPLIED_WITHIN = Duration.ofSeconds(2);

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private ConfigFixture fixture;
    private final AtomicReference<DaemonConfig> current = new AtomicReference<>();
    private final AtomicInteger applied = new AtomicInteger();

    @BeforeEach
    void captureLog() {
        originalErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        fixture = new ConfigFixture(tmp);
    }

    @AfterEach
    void restoreLog() {
        System.setErr(originalErr);
    }

    private String logText() {
        return log.toString(StandardCharsets.UTF_8);
    }

    private ConfigWatcher start() {
        current.set(fixture.loaded().config());
        return ConfigWatcher.start(fixture.source(), current::get, config -> {
            current.set(config);
            applied.incrementAndGet();
        });
    }

    private void edit(String name, String... lines) throws Exception {
        AtomicFiles.writeString(fixture.home.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void an_allowlist_edit_is_applied_within_two_seconds_and_other_keys_wait_for_a_restart() throws Exception {
        fixture.primary("capacity: {maxConcurrentSessions: 3}", "projects: [{id: a}]");
        try (ConfigWatcher watcher = start()) {
            edit("daemon.yaml", "capacity: {maxConcurrentSessions: 5}",
                    "projectAdmissionMode: enumerated", "projects: [{id: a}, {id: b, repository: 'https://x/b'}]");

            await().atMost(APPLIED_WITHIN).untilAsserted(() ->
                    assertThat(current.get().primary().admission().enabledIds()).containsExactly("a", "b"));
            assertThat(current.get().primary().capacity().maxConcurrentSessions()).isEqualTo(3);
            await().atMost(APPLIED_WITHIN).untilAsserted(() -> assertThat(logText())
                    .contains("capacity.maxConcurrentSessions changes need a restart"));
            assertThat(logText()).doesNotContain("projects changes need a restart");
        }
    }

    @Test
    void an_invalid_edit_keeps_the_previous_allowlist_and_logs_the_error_with_its_location() throws Exception {
        fixture.primary("projects: [{id: a}]");
        try (ConfigWatcher watcher = start()) {
            DaemonConfig before = current.get();
            edit("daemon.yaml", "projects:", "  - id: a", "  - cloneStrategy: deep");

            await().atMost(APPLIED_WITHIN).untilAsserted(() -> assertThat(logText())
                    .contains(fixture.primary().toAbsolutePath() + ":3:20: projects[1].cloneStrategy: must be one of"));
            assertThat(current.get()).isSameAs(before);
            assertThat(applied).hasValue(0);

            edit("daemon.yaml", "projects: [{id: a}, {id: c}]");
            await().atMost(APPLIED_WITHIN).untilAsserted(() ->
                    assertThat(current.get().primary().admission().enabledIds()).containsExactly("a", "c"));
        }
    }

    @Test
    void a_satellite_edit_changes_only_its_org() throws Exception {
        fixture.primary("projects: [{id: main}]");
        fixture.write("daemon-acme.yaml", "projects: [{id: shop}]");
        try (ConfigWatcher watcher = start()) {
            edit("daemon-acme.yaml", "projectAdmissionMode: all-routed", "projects: [{id: shop}, {id: blog}]");

            await().atMost(APPLIED_WITHIN).untilAsserted(() -> {
                Admission acme = current.get().satellite("acme").orElseThrow().settings().admission();
                assertThat(acme.enabledIds()).containsExactly("shop", "blog");
                assertThat(acme.mode()).isEqualTo(AdmissionMode.ALL_ROUTED);
            });
            assertThat(current.get().primary().admission().enabledIds()).containsExactly("main");
        }
    }

    @Test
    void a_version_change_keeps_the_previous_admission_until_restart() throws Exception {
        fixture.primary("projects: [{id: a}]");
        try (ConfigWatcher watcher = start()) {
            edit("daemon.yaml", "projectAdmissionVersion: 2", "enabledProjectIds: [b]");

            await().atMost(APPLIED_WITHIN).untilAsserted(() -> assertThat(logText())
                    .contains("projectAdmissionVersion changes need a restart"));
            assertThat(current.get().primary().admission().enabledIds()).containsExactly("a");
        }
    }

    @Test
    void a_new_satellite_file_waits_for_the_next_start() throws Exception {
        fixture.primary("projects: [{id: a}]");
        try (ConfigWatcher watcher = start()) {
            edit("daemon-newco.yaml", "projects: [{id: n}]");

            await().atMost(APPLIED_WITHIN).untilAsserted(() -> assertThat(logText())
                    .contains("new satellite file for org newco applies at the next start"));
            assertThat(current.get().satellites()).isEmpty();
        }
    }

    @Test
    void close_stops_the_watcher_thread() throws Exception {
        fixture.primary("projects: [{id: a}]");
        ConfigWatcher watcher = start();

        watcher.close();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("donmai-config-watcher"));
    }

    @Test
    void secrets_never_reach_the_log() throws Exception {
        fixture.primary("orchestrator: {authToken: first-secret-value}", "projects: [{id: a}]");
        try (ConfigWatcher watcher = start()) {
            edit("daemon.yaml", "orchestrator: {authToken: second-secret-value}", "projects: [{id: a}, {id: b}]",
                    "session: {baseEnv: {API_KEY: third-secret-value}}", "drain: {timeoutSeconds: 0}");
            await().atMost(APPLIED_WITHIN).untilAsserted(() -> assertThat(logText()).contains("drain.timeoutSeconds"));
            edit("daemon.yaml", "orchestrator: {authToken: second-secret-value}", "projects: [{id: a}, {id: b}]");
            await().atMost(APPLIED_WITHIN).untilAsserted(() ->
                    assertThat(current.get().primary().admission().enabledIds()).containsExactly("a", "b"));
            await().atMost(APPLIED_WITHIN).untilAsserted(() -> assertThat(logText())
                    .contains("orchestrator.authToken changes need a restart"));
        }
        assertThat(logText()).doesNotContain("secret-value");
        assertThat(List.of(current.get().toString())).noneMatch(s -> s.contains("secret-value"));
    }
}

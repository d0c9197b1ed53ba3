package dev.donmai.runtime.api.daemon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.Secret;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DaemonConfigTest {

    private static final Path HOME = Path.of("/state");

    private static DaemonSettings settings(Admission admission, int sessions) {
        DaemonSettings defaults = DaemonSettings.defaults(HOME, 16);
        return new DaemonSettings(null, defaults.apiVersion(), defaults.kind(), defaults.machine(),
                defaults.control(), defaults.capacity().withMaxConcurrentSessions(sessions), admission,
                defaults.orchestrator(), null, defaults.drain(), defaults.autoUpdate(), defaults.observability(),
                defaults.session(), java.util.Map.of());
    }

    private static Admission v1(String... ids) {
        return Admission.v1(java.util.Arrays.stream(ids).map(id -> ProjectEntry.of(id, Optional.empty())).toList());
    }

    @Test
    void projects_allowed_counts_the_primary_and_every_satellite() {
        DaemonConfig config = new DaemonConfig(settings(v1("a", "b"), 8), List.of(
                new Satellite("zeta", settings(Admission.v2(List.of("z"), List.of()), 8)),
                new Satellite("acme", settings(v1("x"), 8))));

        assertThat(config.projectsAllowed()).isEqualTo(4);
        assertThat(config.satellites()).extracting(Satellite::org).containsExactly("acme", "zeta");
    }

    @Test
    void with_allowlists_takes_only_admission_per_file_and_ignores_new_orgs() {
        DaemonConfig current = new DaemonConfig(settings(v1("a"), 3),
                List.of(new Satellite("acme", settings(v1("x"), 3))));
        DaemonConfig reloaded = new DaemonConfig(settings(v1("a", "b"), 7), List.of(
                new Satellite("acme", settings(Admission.v2(List.of("y"), List.of()), 7)),
                new Satellite("newco", settings(v1("n"), 7))));

        DaemonConfig next = current.withAllowlists(reloaded);

        assertThat(next.primary().admission().enabledIds()).containsExactly("a", "b");
        assertThat(next.primary().capacity().maxConcurrentSessions()).isEqualTo(3);
        assertThat(next.satellite("acme").orElseThrow().settings().admission().enabledIds())
                .as("a version change waits for a restart").containsExactly("x");
        assertThat(next.satellites()).extracting(Satellite::org).containsExactly("acme");
    }

    @Test
    void records_refuse_what_the_file_rules_refuse() {
        assertThatThrownBy(() -> new Admission(3, AdmissionMode.ENUMERATED, List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Admission(2, AdmissionMode.ENUMERATED,
                List.of(ProjectEntry.of("a", Optional.empty())), List.of(), List.of()))
                .hasMessageContaining("not allowed when projectAdmissionVersion is 2");
        assertThatThrownBy(() -> Admission.v2(List.of("p"), List.of(
                new RepositoryEntry("r1", "p", "s1", true, Optional.empty()),
                new RepositoryEntry("r2", "p", "s2", true, Optional.empty()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Control("127.0.0.1", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Satellite("Bad_Org", settings(Admission.NONE, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DaemonConfig(settings(Admission.NONE, 1), List.of(
                new Satellite("a", settings(Admission.NONE, 1)), new Satellite("a", settings(Admission.NONE, 1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signing_keys_accept_raw_and_spki_and_derive_the_key_id() {
        byte[] raw = new byte[32];
        raw[0] = 7;
        String rawText = java.util.Base64.getEncoder().encodeToString(raw);
        byte[] spki = new byte[44];
        System.arraycopy(java.util.HexFormat.of().parseHex("302a300506032b6570032100"), 0, spki, 0, 12);
        System.arraycopy(raw, 0, spki, 12, 32);
        String pem = "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getEncoder().encodeToString(spki)
                + "\n-----END PUBLIC KEY-----\n";

        SigningKey fromRaw = SigningKey.of(rawText);

        assertThat(SigningKey.of(pem)).isEqualTo(fromRaw);
        assertThat(fromRaw.keyId()).hasSize(16).matches("[0-9a-f]+");
        assertThat(fromRaw.raw()).isEqualTo(raw);
        assertThatThrownBy(() -> new SigningKey(rawText, "0000000000000000"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothing_secret_shows_in_to_string() {
        DaemonSettings base = settings(Admission.v1(List.of(new ProjectEntry("a", Optional.empty(), Optional.empty(),
                new ProjectGit(Optional.of(Secret.of("helper-with-pat-1")), Optional.empty())))), 1);
        DaemonSettings settings = base.withOrchestrator(base.orchestrator().withAuthToken(
                Optional.of(Secret.of("orch-token-2"))));
        SessionSettings session = new SessionSettings("auto", 1, 1, 1, 1, 1, java.util.Map.of("API_KEY", "env-val-3"),
                List.of(), Optional.empty(), Optional.empty(), 1);

        assertThat(settings.toString() + session).doesNotContain("helper-with-pat-1").doesNotContain("orch-token-2")
                .doesNotContain("env-val-3").contains("API_KEY");
    }
}

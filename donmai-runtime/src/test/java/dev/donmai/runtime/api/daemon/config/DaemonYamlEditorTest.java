package dev.donmai.runtime.api.daemon.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonYamlEditorTest {

    @TempDir
    Path tmp;

    private static List<ProjectRef> refs(String... texts) {
        return Stream.of(texts).map(ProjectRef::parse).collect(Collectors.toList());
    }

    @Test
    void project_refs_parse_id_and_id_equals_url() {
        assertThat(ProjectRef.parse(" alpha ")).isEqualTo(new ProjectRef("alpha", Optional.empty()));
        assertThat(ProjectRef.parse("alpha = https://x.example/a.git"))
                .isEqualTo(new ProjectRef("alpha", Optional.of("https://x.example/a.git")));
        assertThat(ProjectRef.parse("alpha=https://x.example/a.git").toString())
                .isEqualTo("alpha=https://x.example/a.git");
        assertThatThrownBy(() -> ProjectRef.parse("=https://x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_new_file_gets_the_projects_and_token_written_private() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp, Map.of("DONMAI_DAEMON_TOKEN", ""));

        boolean changed = DaemonYamlEditor.writeProjects(fixture.primary(),
                refs("alpha=https://github.com/acme/alpha.git", "beta"), Optional.of("inst-token-1"));

        assertThat(changed).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fixture.primary())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fixture.home)))
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(fixture.home)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("daemon.yaml");
        }
        DaemonSettings settings = fixture.settings();
        assertThat(settings.admission().projects()).containsExactly(
                ProjectEntry.of("alpha", Optional.of("https://github.com/acme/alpha.git")),
                ProjectEntry.of("beta", Optional.empty()));
        assertThat(settings.orchestrator().authToken()).contains(Secret.of("inst-token-1"));
    }

    @Test
    void rewriting_keeps_every_other_key_and_the_entries_that_stay() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp, Map.of("ORCH", "o.example.com"));
        fixture.primary(
                "colour: blue",
                "capacity:",
                "  maxConcurrentSessions: 3",
                "  mystery: {deep: [1, 2]}",
                "orchestrator:",
                "  url: https://${ORCH}",
                "projects:",
                "  - id: alpha",
                "    repoUrl: https://old.example/alpha",
                "    cloneStrategy: full",
                "  - id: beta",
                "    repository: https://example/beta",
                "machine:",
                "  region: '0012'");

        boolean changed = DaemonYamlEditor.writeProjects(fixture.primary(),
                refs("alpha=https://new.example/alpha", "gamma"), Optional.empty());

        assertThat(changed).isTrue();
        String text = Files.readString(fixture.primary());
        assertThat(text).contains("colour: blue").contains("mystery:").contains("url: https://${ORCH}")
                .doesNotContain("repoUrl").doesNotContain("beta");
        DaemonSettings settings = fixture.settings();
        assertThat(settings.capacity().maxConcurrentSessions()).isEqualTo(3);
        assertThat(settings.machine().region()).contains("0012");
        assertThat(settings.orchestrator().authToken()).isEmpty();
        assertThat(settings.admission().projects()).containsExactly(
                new ProjectEntry("alpha", Optional.of("https://new.example/alpha"), Optional.of("full"),
                        ProjectGit.NONE),
                ProjectEntry.of("gamma", Optional.empty()));
        assertThat(fixture.warnings()).containsExactly("daemon.yaml:1:1: colour: unknown key",
                "daemon.yaml:4:3: capacity.mystery: unknown key");
    }

    @Test
    void comments_survive_a_rewrite() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary(
                "# machine notes",
                "capacity:",
                "  maxConcurrentSessions: 3   # small box",
                "projects:",
                "  - id: alpha # main");

        DaemonYamlEditor.writeProjects(fixture.primary(), refs("alpha", "beta"), Optional.empty());

        assertThat(Files.readString(fixture.primary())).contains("# machine notes").contains("# small box")
                .contains("- id: beta");
    }

    @Test
    void an_edit_that_changes_nothing_leaves_the_file_untouched() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        String original = "# my notes\nprojects:\n- id: alpha   # the main one\n  repository: https://x.example/a\n"
                + "orchestrator: {authToken: t1}\n";
        Files.createDirectories(fixture.home);
        Files.writeString(fixture.primary(), original);

        boolean changed = DaemonYamlEditor.writeProjects(fixture.primary(), refs("alpha=https://x.example/a"),
                Optional.of("t1"));

        assertThat(changed).isFalse();
        assertThat(Files.readString(fixture.primary())).isEqualTo(original);
    }

    @Test
    void a_v2_file_gets_enabled_ids_and_repositories_for_new_urls() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary(
                "projectAdmissionVersion: 2",
                "enabledProjectIds: [old]",
                "repositories:",
                "  - {id: web, projectId: other, source: 'https://example/other'}",
                "  - {id: api-main, projectId: api, source: 'https://github.com/acme/api', primary: true}");

        DaemonYamlEditor.writeProjects(fixture.primary(),
                refs("web=https://github.com/acme/web.git", "api=git@github.com:acme/api.git", "docs"),
                Optional.empty());

        Admission admission = fixture.settings().admission();
        assertThat(admission.enabledProjectIds()).containsExactly("web", "api", "docs");
        assertThat(admission.repositories()).containsExactly(
                new RepositoryEntry("web", "other", "https://example/other", false, Optional.empty()),
                new RepositoryEntry("api-main", "api", "https://github.com/acme/api", true, Optional.empty()),
                new RepositoryEntry("web-2", "web", "https://github.com/acme/web.git", true, Optional.empty()));
        assertThat(DaemonYamlEditor.savedProjectIds(fixture.primary())).containsExactly("web", "api", "docs");
    }

    @Test
    void saved_project_ids_read_v1_and_are_empty_for_missing_or_broken_files() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        assertThat(DaemonYamlEditor.savedProjectIds(fixture.primary())).isEmpty();

        fixture.primary("projects: [{id: a}, {id: b, repository: r}]");
        assertThat(DaemonYamlEditor.savedProjectIds(fixture.primary())).containsExactly("a", "b");

        fixture.primary("projects: [{id: a}");
        assertThat(DaemonYamlEditor.savedProjectIds(fixture.primary())).isEmpty();
    }

    @Test
    void a_broken_file_is_not_overwritten_and_the_error_names_its_position() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        Path file = fixture.primary("projects:", "  - id: a", " bad: [");

        assertThatThrownBy(() -> DaemonYamlEditor.writeProjects(file, refs("b"), Optional.empty()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file.toAbsolutePath() + ":3:")
                .hasMessageContaining(": yaml: ");
        assertThat(Files.readString(file)).isEqualTo("projects:\n  - id: a\n bad: [\n");
    }

    @Test
    void satellites_are_written_only_under_a_satellite_name() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);

        DaemonYamlEditor.writeSatellite(fixture.home.resolve("daemon-acme.yaml"), refs("shop"),
                Optional.of("acme-token"));

        Satellite acme = fixture.loaded().config().satellite("acme").orElseThrow();
        assertThat(acme.settings().admission().enabledIds()).containsExactly("shop");
        assertThat(acme.settings().orchestrator().authToken()).contains(Secret.of("acme-token"));
        assertThatThrownBy(() -> DaemonYamlEditor.writeSatellite(fixture.home.resolve("daemon-Bad.yaml"),
                refs("x"), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThat(fixture.home.resolve("daemon-Bad.yaml")).doesNotExist();
    }
}

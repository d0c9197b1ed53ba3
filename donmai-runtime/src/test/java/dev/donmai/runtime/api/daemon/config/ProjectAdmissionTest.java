package dev.donmai.runtime.api.daemon.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.session.SessionSpec;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectAdmissionTest {

    @TempDir
    Path tmp;

    /** {@code admit:<projectId>:<canonical>} ({@code -} = none), {@code admit@<org>:…}, or the refusal text. */
    private static String outcome(AdmissionDecision decision) {
        if (decision instanceof AdmissionDecision.Refused) {
            return ((AdmissionDecision.Refused) decision).error();
        }
        AdmissionDecision.Admitted admitted = (AdmissionDecision.Admitted) decision;
        return "admit" + admitted.org().map(o -> "@" + o).orElse("") + ":" + admitted.projectId().orElse("-") + ":"
                + admitted.canonicalRepository().orElse("-");
    }

    private static SessionSpec spec(String projectId, String repository, String repositoryId, Boolean requires,
            String org) {
        return SessionSpec.builder("ses_1").projectId(projectId).repository(repository).repositoryId(repositoryId)
                .requiresRepository(requires).organizationId(org).build();
    }

    private DaemonConfig load(String... lines) throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary(lines);
        return fixture.loaded().config();
    }

    @ParameterizedTest(name = "[{index}] projectId={0} repository={1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "~", value = {
        "alpha|~|~|admit:alpha:https://github.com/acme/alpha.git",
        "~|alpha|~|admit:alpha:https://github.com/acme/alpha.git",
        "~|https://github.com/acme/alpha|~|admit:alpha:https://github.com/acme/alpha.git",
        "~|ssh://git@github.com/acme/alpha.git|~|admit:alpha:https://github.com/acme/alpha.git",
        "~|HTTPS://GitHub.COM/acme/alpha/|~|admit:alpha:https://github.com/acme/alpha.git",
        "~|acme/alpha|~|admit:alpha:https://github.com/acme/alpha.git",
        "~|https://github.com/acme/beta.git|~|admit:beta:git@GitHub.com:acme/beta",
        "~|http://user:pw@github.com/acme/beta/|~|admit:beta:git@GitHub.com:acme/beta",
        "~|file:///srv/repos/delta|~|admit:delta:/srv/repos/delta/",
        "gamma|~|~|admit:gamma:-",
        "gamma|~|true|project \"gamma\" has no repository",
        "omega|~|~|project \"omega\" is not allowed",
        "omega|acme/alpha|~|admit:alpha:https://github.com/acme/alpha.git",
        "~|https://github.com/acme/lpha|~|repository \"https://github.com/acme/lpha\" is not allowed",
        "~|github.com/other/alpha|~|repository \"github.com/other/alpha\" is not allowed",
        "~|~|~|projectId or repository is required",
        "''|''|~|projectId or repository is required",
    })
    void v1(String projectId, String repository, Boolean requires, String expected) throws Exception {
        DaemonConfig config = load(
                "projects:",
                "  - {id: alpha, repository: 'https://github.com/acme/alpha.git'}",
                "  - {id: beta, repository: 'git@GitHub.com:acme/beta'}",
                "  - {id: gamma}",
                "  - {id: delta, repository: /srv/repos/delta/}");

        assertThat(outcome(ProjectAdmission.decide(config, spec(projectId, repository, null, requires, null))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] projectId={0} repository={1} repositoryId={2} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "~", value = {
        "web|~|~|~|admit:web:https://github.com/acme/web.git",
        "api|~|~|~|admit:api:-",
        "api|~|~|true|project \"api\" has no repository",
        "legacy|~|~|~|project \"legacy\" is not allowed",
        "web|~|web-docs|~|admit:web:https://github.com/acme/docs",
        "web|~|api-main|~|repository \"api-main\" is not allowed for project \"web\"",
        "web|~|nope|~|repository \"nope\" is not allowed for project \"web\"",
        "web|acme/docs|~|~|admit:web:https://github.com/acme/docs",
        "web|https://github.com/acme/api|~|~|repository \"https://github.com/acme/api\" is not allowed for project \"web\"",
        "web|https://github.com/acme/docs|web-main|~|repository \"https://github.com/acme/docs\" is not allowed for project \"web\"",
        "web|https://github.com/acme/docs.git|web-docs|~|admit:web:https://github.com/acme/docs",
        "~|git@github.com:acme/docs.git|~|~|admit:web:https://github.com/acme/docs",
        "~|https://github.com/acme/api|~|true|admit:api:https://github.com/acme/api",
        "~|https://github.com/acme/legacy|~|~|repository \"https://github.com/acme/legacy\" is not allowed",
        "~|web|~|~|admit:web:https://github.com/acme/web.git",
        "~|~|web-main|~|projectId or repository is required",
    })
    void v2(String projectId, String repository, String repositoryId, Boolean requires, String expected)
            throws Exception {
        DaemonConfig config = load(
                "projectAdmissionVersion: 2",
                "enabledProjectIds: [web, api]",
                "repositories:",
                "  - {id: web-main, projectId: web, source: 'https://github.com/acme/web.git', primary: true}",
                "  - {id: web-docs, projectId: web, source: 'https://github.com/acme/docs'}",
                "  - {id: api-main, projectId: api, source: 'https://github.com/acme/api'}",
                "  - {id: legacy-main, projectId: legacy, source: 'https://github.com/acme/legacy', primary: true}");

        assertThat(outcome(ProjectAdmission.decide(config, spec(projectId, repository, repositoryId, requires, null))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] projectId={0} repository={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "~", value = {
        "anything|https://example.com/x.git|admit:anything:https://example.com/x.git",
        "~|/local/path|admit:-:/local/path",
        "p|~|admit:p:-",
        "~|~|admit:-:-",
    })
    void all_routed_admits_everything_with_the_submitted_repository(String projectId, String repository,
            String expected) throws Exception {
        DaemonConfig config = load("projectAdmissionMode: all-routed", "projects: [{id: only-this}]");

        assertThat(outcome(ProjectAdmission.decide(config, spec(projectId, repository, null, null, null))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] org={0} projectId={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "~", value = {
        "acme|shared-a|admit@acme:shared-a:https://acme.example.com/shared",
        "acme|beta-app|project \"beta-app\" is not allowed",
        "~|shared-a|admit:shared-a:-",
        "~|beta-app|admit@beta:beta-app:-",
        "~|acme-app|admit@acme:acme-app:-",
        "~|nowhere|project \"nowhere\" is not allowed",
        "stranger|acme-app|admit@acme:acme-app:-",
        "beta|shared-a|project \"shared-a\" is not allowed",
    })
    void orgs_pick_their_file_else_primary_then_satellites_by_name(String org, String projectId, String expected)
            throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("projects: [{id: shared-a}]");
        fixture.write("daemon-beta.yaml", "projectAdmissionVersion: 2", "enabledProjectIds: [beta-app, acme-app]");
        fixture.write("daemon-acme.yaml", "projects:", "  - {id: acme-app}",
                "  - {id: shared-a, repository: 'https://acme.example.com/shared'}");
        DaemonConfig config = fixture.loaded().config();

        assertThat(outcome(ProjectAdmission.decide(config, spec(projectId, null, null, null, org))))
                .isEqualTo(expected);
    }

    @Test
    void the_defaults_refuse_every_session() {
        DaemonConfig config = DaemonConfig.of(DaemonSettings.defaults(tmp, 4));

        assertThat(ProjectAdmission.decide(config, spec("p", null, null, null, null)))
                .isEqualTo(new AdmissionDecision.Refused("project \"p\" is not allowed"));
        assertThat(ProjectAdmission.decide(config, spec(null, "https://x.example/r", null, null, null)))
                .isEqualTo(new AdmissionDecision.Refused("repository \"https://x.example/r\" is not allowed"));
    }

    @Test
    void an_ephemeral_all_routed_admission_admits_without_an_allowlist() {
        DaemonSettings settings = DaemonSettings.defaults(tmp, 4).withAdmission(Admission.allRouted());

        assertThat(ProjectAdmission.decide(DaemonConfig.of(settings), spec("p", "r", null, null, null)))
                .isEqualTo(new AdmissionDecision.Admitted(Optional.empty(), Optional.of("p"), Optional.of("r")));
    }
}

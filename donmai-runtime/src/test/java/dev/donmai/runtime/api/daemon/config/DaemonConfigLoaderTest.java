package dev.donmai.runtime.api.daemon.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CellRule;
import dev.donmai.contracts.model.MachineAccess;
import dev.donmai.contracts.provider.Secret;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaemonConfigLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void no_file_gives_the_standalone_defaults_with_a_cpu_based_session_cap() {
        ConfigFixture fixture = new ConfigFixture(tmp);
        DaemonConfig config = fixture.loaded().config();
        DaemonSettings settings = config.primary();

        assertThat(settings.file()).isNull();
        assertThat(settings.orchestrator().standalone()).isTrue();
        assertThat(settings.admission().enabledIds()).isEmpty();
        assertThat(config.projectsAllowed()).isZero();
        assertThat(settings.capacity().maxConcurrentSessions()).isEqualTo(2);
        assertThat(settings.observability().logPath()).isEqualTo(fixture.home.resolve("daemon.log"));
        assertThat(config.satellites()).isEmpty();
    }

    @ParameterizedTest(name = "{0} cpus -> {1} sessions")
    @CsvSource({"1, 1", "2, 1", "3, 1", "4, 2", "16, 8", "64, 8"})
    void no_file_session_cap_is_half_the_cpus_clamped_to_1_to_8(int cpus, int sessions) {
        assertThat(DaemonSettings.defaults(tmp, cpus).capacity().maxConcurrentSessions()).isEqualTo(sessions);
    }

    @Test
    void an_empty_file_takes_every_table_default() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("# nothing yet");
        DaemonSettings s = fixture.settings();

        assertThat(s.file()).isEqualTo(fixture.primary().toAbsolutePath());
        assertThat(s.kind()).isEqualTo("LocalDaemon");
        assertThat(s.apiVersion()).isEqualTo("donmai.dev/v1");
        assertThat(s.control()).isEqualTo(new Control("127.0.0.1", 7734));
        assertThat(s.capacity()).isEqualTo(new Capacity(8, 4, 8192, 4, 16384, 0));
        assertThat(s.admission()).isEqualTo(Admission.NONE);
        assertThat(s.orchestrator()).isEqualTo(Orchestrator.STANDALONE);
        assertThat(s.modelAccess()).isNull();
        assertThat(s.drain().timeoutSeconds()).isEqualTo(60);
        assertThat(s.autoUpdate()).isEqualTo(new AutoUpdate("stable", "nightly", 600));
        assertThat(s.observability()).isEqualTo(new Observability(fixture.home.resolve("daemon.log"), "info", 9101));
        assertThat(s.session()).isEqualTo(SessionSettings.DEFAULT);
        assertThat(s.session().noProgressTimeoutSeconds()).isEqualTo(900);
        assertThat(s.session().noProgressToolTimeoutSeconds()).isEqualTo(1800);
        assertThat(s.session().defaultMaxDurationSeconds()).isEqualTo(3600);
        assertThat(s.session().killGraceSeconds()).isEqualTo(10);
        assertThat(s.session().retainFinishedSeconds()).isEqualTo(3600);
        assertThat(s.harness("claude")).isEqualTo(new HarnessSettings(Optional.empty(), List.of(), true));
        assertThat(s.harness("shell").enabled()).isFalse();
        assertThat(s.workarea()).isEqualTo(WorkareaSettings.DEFAULT);
        assertThat(s.git()).isEqualTo(new GitIdentity("Donmai Agent", "agent@donmai.invalid"));
    }

    @Test
    void every_documented_key_is_read() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary(
                "apiVersion: donmai.dev/v1",
                "kind: LocalDaemon",
                "machine:",
                "  id: build-box.1",
                "  region: eu-west",
                "control:",
                "  host: localhost",
                "  port: 8800",
                "capacity:",
                "  maxConcurrentSessions: 0",
                "  maxVCpuPerSession: 2",
                "  maxMemoryMbPerSession: 1024",
                "  reservedForSystem:",
                "    vCpu: 1",
                "    memoryMb: 512",
                "  poolMaxDiskGb: 50",
                "projectAdmissionMode: all-routed",
                "orchestrator:",
                "  url: https://orchestrator.example.com/api",
                "  authToken: tok-123",
                "  stub: true",
                "drain:",
                "  timeoutSeconds: 5",
                "autoUpdate:",
                "  channel: beta",
                "  schedule: on-release",
                "  drainTimeoutSeconds: 0",
                "observability:",
                "  logPath: ~/logs/d.log",
                "  logLevel: debug",
                "  metricsPort: 0",
                "session:",
                "  defaultHarness: codex",
                "  noProgressTimeoutSeconds: 0",
                "  noProgressToolTimeoutSeconds: 7",
                "  defaultMaxDurationSeconds: 60",
                "  killGraceSeconds: 1",
                "  retainFinishedSeconds: 0",
                "  baseEnv:",
                "    FOO: bar",
                "  envBlocklist: [\"AWS_*\"]",
                "  defaultMaxCostUsd: 2.5",
                "  defaultMaxTokens: 100000",
                "  logRetentionDays: 3",
                "harnesses:",
                "  claude:",
                "    binary: /opt/claude/bin/claude",
                "    args: [--verbose]",
                "  shell:",
                "    enabled: true",
                "workarea:",
                "  pool:",
                "    enabled: false",
                "    maxReadyPerKey: 3",
                "  fetchIntervalSeconds: 5",
                "backstop:",
                "  excludeGlobs: ['*.secret']",
                "git:",
                "  authorName: Bot",
                "  authorEmail: bot@example.invalid",
                "audit:",
                "  enabled: false",
                "  rotateMb: 8");
        DaemonSettings s = fixture.settings();

        assertThat(s.machine()).isEqualTo(new Machine(Optional.of("build-box.1"), Optional.of("eu-west")));
        assertThat(s.control()).isEqualTo(new Control("localhost", 8800));
        assertThat(s.capacity()).isEqualTo(new Capacity(0, 2, 1024, 1, 512, 50));
        assertThat(s.admission().mode()).isEqualTo(AdmissionMode.ALL_ROUTED);
        assertThat(s.orchestrator().url()).contains(URI.create("https://orchestrator.example.com/api"));
        assertThat(s.orchestrator().authToken()).contains(Secret.of("tok-123"));
        assertThat(s.orchestrator().stubRegistration()).isTrue();
        assertThat(s.drain().timeoutSeconds()).isEqualTo(5);
        assertThat(s.autoUpdate().drainTimeout()).hasSeconds(30);
        assertThat(s.autoUpdate().channel()).isEqualTo("beta");
        assertThat(s.autoUpdate().schedule()).isEqualTo("on-release");
        assertThat(s.observability()).isEqualTo(
                new Observability(fixture.userHome.resolve("logs/d.log"), "debug", 0));
        assertThat(s.session()).isEqualTo(new SessionSettings("codex", 0, 7, 60, 1, 0, Map.of("FOO", "bar"),
                List.of("AWS_*"), Optional.of(2.5), Optional.of(100000L), 3));
        assertThat(s.harness("claude")).isEqualTo(new HarnessSettings(
                Optional.of(Path.of("/opt/claude/bin/claude")), List.of("--verbose"), true));
        assertThat(s.harness("shell").enabled()).isTrue();
        assertThat(s.workarea()).isEqualTo(new WorkareaSettings(false, 3, 1, 24, 14, 5));
        assertThat(s.backstop().excludeGlobs()).containsExactly("*.secret");
        assertThat(s.git()).isEqualTo(new GitIdentity("Bot", "bot@example.invalid"));
        assertThat(s.sections()).containsEntry("audit", Map.of("enabled", false, "rotateMb", 8L));
        assertThat(fixture.warnings()).isEmpty();
    }

    @Test
    void a_bad_value_is_reported_with_file_line_column_and_key_path() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("capacity:", "  maxConcurrentSessions: -1");

        assertThat(fixture.errors())
                .containsExactly("daemon.yaml:2:26: capacity.maxConcurrentSessions: must be >= 0");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "apiVersion: v9|1:13: apiVersion: must be one of donmai.dev/v1 (got \"v9\")",
        "kind: Daemon|1:7: kind: must be one of LocalDaemon (got \"Daemon\")",
        "machine: {id: 'has space'}|1:15: machine.id: must match ^[A-Za-z0-9._-]{1,64}$",
        "control: {host: 10.0.0.5}|1:17: control.host: must be a loopback address (127.0.0.1, ::1 or localhost) unless --allow-remote is given",
        "control: {port: 0}|1:17: control.port: must be between 1 and 65535",
        "control: {port: '80'}|1:17: control.port: must be an integer",
        "control: {port: eighty}|1:17: control.port: must be an integer",
        "capacity: {maxVCpuPerSession: 0}|1:31: capacity.maxVCpuPerSession: must be >= 1",
        "capacity: {maxMemoryMbPerSession: 0}|1:35: capacity.maxMemoryMbPerSession: must be >= 1",
        "capacity: {reservedForSystem: {vCpu: -2}}|1:38: capacity.reservedForSystem.vCpu: must be >= 0",
        "capacity: {reservedForSystem: {memoryMb: x}}|1:42: capacity.reservedForSystem.memoryMb: must be an integer",
        "capacity: {poolMaxDiskGb: -1}|1:27: capacity.poolMaxDiskGb: must be >= 0",
        "capacity: 8|1:11: capacity: must be a mapping",
        "projectAdmissionVersion: 3|1:26: projectAdmissionVersion: must be 1 or 2",
        "projectAdmissionMode: open|1:23: projectAdmissionMode: must be one of enumerated, all-routed (got \"open\")",
        "projects: {id: a}|1:11: projects: must be a list",
        "orchestrator: {url: 'http://example.com'}|1:21: orchestrator.url: must be an https:// URL, a loopback http:// URL or a file:// URL",
        "orchestrator: {url: 'ftp://example.com'}|1:21: orchestrator.url: must be an https:// URL, a loopback http:// URL or a file:// URL",
        "orchestrator: {stub: maybe}|1:22: orchestrator.stub: must be a boolean",
        "orchestrator: {signingKeys: [{publicKey: nope}]}|1:42: orchestrator.signingKeys[0].publicKey: must be a base64 Ed25519 public key (32 raw bytes or SPKI)",
        "orchestrator: {signingKeys: [{keyId: abc}]}|1:30: orchestrator.signingKeys[0].publicKey: is required",
        "drain: {timeoutSeconds: 0}|1:25: drain.timeoutSeconds: must be >= 1",
        "autoUpdate: {channel: nightly}|1:23: autoUpdate.channel: must be one of stable, beta, main (got \"nightly\")",
        "autoUpdate: {schedule: weekly}|1:24: autoUpdate.schedule: must be one of nightly, on-release, manual (got \"weekly\")",
        "autoUpdate: {drainTimeoutSeconds: -1}|1:35: autoUpdate.drainTimeoutSeconds: must be >= 0",
        "observability: {logLevel: trace}|1:27: observability.logLevel: must be one of debug, info, warn, error (got \"trace\")",
        "observability: {metricsPort: 70000}|1:30: observability.metricsPort: must be between 0 and 65535",
        "session: {defaultHarness: 'Not An Id'}|1:27: session.defaultHarness: must be auto or a harness id",
        "session: {noProgressTimeoutSeconds: -5}|1:37: session.noProgressTimeoutSeconds: must be >= 0",
        "session: {killGraceSeconds: 0}|1:29: session.killGraceSeconds: must be >= 1",
        "session: {retainFinishedSeconds: [1]}|1:34: session.retainFinishedSeconds: must be an integer",
        "session: {defaultMaxCostUsd: -1.5}|1:30: session.defaultMaxCostUsd: must be >= 0",
        "session: {baseEnv: {'1BAD': x}}|1:21: session.baseEnv.1BAD: must be an environment variable name",
        "session: {envBlocklist: AWS}|1:25: session.envBlocklist: must be a list",
        "harnesses: {claude: {enabled: sure}}|1:31: harnesses.claude.enabled: must be a boolean",
        "modelAccess: {default: {authOrder: [byok, magic]}}|1:43: modelAccess.default.authOrder[1]: must be one of byok, metered, shared, host-session, local (got \"magic\")",
        "modelAccess: {default: {matrix: {'*': {magic: {allowed: true}}}}}|1:40: modelAccess.default.matrix.*.magic: must be one of byok, metered, shared, host-session, local (got \"magic\")",
        "modelAccess: {default: {matrix: {'*': {byok: {host: x}}}}}|1:46: modelAccess.default.matrix.*.byok.allowed: is required",
        "machine: {id: x, id: y}|1:18: machine.id: duplicate key",
    })
    void each_key_reports_its_rule(String yaml, String expected) throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary(yaml);

        assertThat(fixture.errors()).containsExactly("daemon.yaml:" + expected);
    }

    @Test
    void control_host_may_be_remote_with_allow_remote() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("control: {host: 0.0.0.0}");

        ConfigLoadResult result = DaemonConfigLoader.load(fixture.source().withAllowRemote(true));

        assertThat(((ConfigLoadResult.Loaded) result).config().primary().control().host()).isEqualTo("0.0.0.0");
    }

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:8080", "http://localhost", "http://[::1]:9000", "file:///tmp/orchestrator",
        "https://orch.example.com"})
    void orchestrator_url_accepts_https_loopback_http_and_file(String url) throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("orchestrator:", "  url: " + url);

        assertThat(fixture.settings().orchestrator().url()).contains(URI.create(url));
    }

    @Test
    void file_url_means_stub_registration_and_no_url_means_standalone() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("orchestrator: {url: 'file:///tmp/queue'}");

        assertThat(fixture.settings().orchestrator().stubRegistration()).isTrue();
        assertThat(fixture.settings().orchestrator().standalone()).isFalse();
    }

    @Test
    void all_errors_are_reported_in_position_order() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary(
                "drain:",
                "  timeoutSeconds: 0",
                "control:",
                "  port: 99999",
                "  host: 127.0.0.1",
                "autoUpdate: {channel: x, schedule: y}",
                "capacity:",
                "  maxVCpuPerSession: nope");

        assertThat(fixture.errors()).containsExactly(
                "daemon.yaml:2:19: drain.timeoutSeconds: must be >= 1",
                "daemon.yaml:4:9: control.port: must be between 1 and 65535",
                "daemon.yaml:6:23: autoUpdate.channel: must be one of stable, beta, main (got \"x\")",
                "daemon.yaml:6:36: autoUpdate.schedule: must be one of nightly, on-release, manual (got \"y\")",
                "daemon.yaml:8:22: capacity.maxVCpuPerSession: must be an integer");
    }

    @Test
    void a_syntax_error_is_reported_as_yaml_at_its_position() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("control:", "  host: 127.0.0.1", " port: 1");

        List<String> errors = fixture.errors();

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("daemon.yaml:3:").contains(": yaml: ");
        assertThat(errors.get(0).replace(fixture.home.toString(), "")).doesNotStartWith("/");
    }

    @Test
    void problems_carry_the_absolute_file_path() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("drain: {timeoutSeconds: 0}");

        ConfigLoadResult.Invalid invalid = (ConfigLoadResult.Invalid) DaemonConfigLoader.load(fixture.source());

        assertThat(invalid.errors().get(0).render())
                .isEqualTo(fixture.primary().toAbsolutePath() + ":1:25: drain.timeoutSeconds: must be >= 1");
    }

    @Test
    void a_document_that_is_not_a_mapping_is_an_error() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("- a", "- b");

        assertThat(fixture.errors()).containsExactly("daemon.yaml:1:1: (root): must be a mapping");
    }

    @Test
    void unknown_keys_are_warnings_with_their_position() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("capacity:", "  maxSessions: 3", "colour: blue", "projects:", "  - id: a", "    owner: me");

        assertThat(fixture.warnings()).containsExactly(
                "daemon.yaml:2:3: capacity.maxSessions: unknown key",
                "daemon.yaml:3:1: colour: unknown key",
                "daemon.yaml:6:5: projects[0].owner: unknown key");
        assertThat(fixture.settings().admission().enabledIds()).containsExactly("a");
    }

    @Test
    void env_references_expand_with_defaults_and_literal_escapes() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp,
                Map.of("ORCH_HOST", "orch.example.com", "PORT", "9911", "EMPTY", ""));
        fixture.primary(
                "orchestrator:",
                "  url: https://${ORCH_HOST}/v1",
                "control:",
                "  port: ${PORT}",
                "machine:",
                "  region: ${REGION:-eu-west-1}",
                "git:",
                "  authorName: ${EMPTY:-Fallback}",
                "  authorEmail: $${NOT_EXPANDED}@x");
        DaemonSettings s = fixture.settings();

        assertThat(s.orchestrator().url()).contains(URI.create("https://orch.example.com/v1"));
        assertThat(s.control().port()).isEqualTo(9911);
        assertThat(s.machine().region()).contains("eu-west-1");
        assertThat(s.git().authorName()).isEqualTo("Fallback");
        assertThat(s.git().authorEmail()).isEqualTo("${NOT_EXPANDED}@x");
    }

    @Test
    void an_undefined_variable_without_default_is_an_error_at_the_scalar() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("orchestrator:", "  authToken: ${INSTALL_TOKEN}", "control: {port: '${P}'}");

        assertThat(fixture.errors()).containsExactly(
                "daemon.yaml:2:14: orchestrator.authToken: undefined environment variable INSTALL_TOKEN",
                "daemon.yaml:3:17: control.port: must be an integer");
    }

    @Test
    void the_token_variable_beats_the_file_token_and_never_shows() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp, Map.of("DONMAI_DAEMON_TOKEN", "from-env-777"));
        fixture.primary("orchestrator:", "  url: https://o.example.com", "  authToken: from-file-555");

        DaemonConfig config = fixture.loaded().config();

        assertThat(config.primary().orchestrator().authToken()).contains(Secret.of("from-env-777"));
        assertThat(config.toString()).doesNotContain("from-env-777").doesNotContain("from-file-555");
        assertThat(fixture.source().toString()).doesNotContain("from-env-777");
    }

    @Test
    void the_token_variable_follows_the_brand_prefix() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp, Map.of("ACME_DAEMON_TOKEN", "acme-token"));

        ConfigLoadResult result = DaemonConfigLoader.load(fixture.source().withEnvPrefix("ACME"));

        assertThat(((ConfigLoadResult.Loaded) result).config().primary().orchestrator().authToken())
                .contains(Secret.of("acme-token"));
    }

    @Test
    void the_token_from_env_expansion_is_never_quoted_in_problems() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp, Map.of("T", "sekret-value"));
        fixture.primary("orchestrator:", "  authToken: ['${T}']", "  url: https://user:pw-in-url@o.example.com");

        assertThat(String.join("\n", fixture.errors())).doesNotContain("sekret").doesNotContain("pw-in-url")
                .contains("orchestrator.authToken: must be a string")
                .contains("orchestrator.url: must not carry user info");
    }

    @Test
    void a_brand_api_version_is_accepted_besides_the_oss_one() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("apiVersion: acme.dev/v1");

        ConfigLoadResult result = DaemonConfigLoader.load(fixture.source().withEnvPrefix("ACME"));

        assertThat(((ConfigLoadResult.Loaded) result).config().primary().apiVersion()).isEqualTo("acme.dev/v1");
    }

    @Test
    void v1_projects_are_read_with_the_repo_url_alias_and_git_settings() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary(
                "projects:",
                "  - id: alpha",
                "    repository: https://github.com/acme/alpha.git",
                "    cloneStrategy: shallow",
                "    git:",
                "      credentialHelper: store",
                "      sshKey: ~/.ssh/id_alpha",
                "  - id: beta",
                "    repoUrl: git@github.com:acme/beta.git",
                "  - id: gamma");
        ConfigLoadResult.Loaded loaded = fixture.loaded();
        Admission admission = loaded.config().primary().admission();

        assertThat(admission.version()).isEqualTo(1);
        assertThat(admission.projects()).containsExactly(
                new ProjectEntry("alpha", Optional.of("https://github.com/acme/alpha.git"), Optional.of("shallow"),
                        new ProjectGit(Optional.of(Secret.of("store")),
                                Optional.of(fixture.userHome.resolve(".ssh/id_alpha")))),
                ProjectEntry.of("beta", Optional.of("git@github.com:acme/beta.git")),
                ProjectEntry.of("gamma", Optional.empty()));
        assertThat(admission.enabledIds()).containsExactly("alpha", "beta", "gamma");
        assertThat(admission.allowedProjects()).containsExactly("https://github.com/acme/alpha.git",
                "git@github.com:acme/beta.git", "gamma");
        assertThat(loaded.config().projectsAllowed()).isEqualTo(3);
        assertThat(fixture.rendered(loaded.warnings()))
                .containsExactly("daemon.yaml:9:5: projects[1].repoUrl: deprecated alias; use repository");
    }

    @Test
    void v1_project_rules() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary(
                "projects:",
                "  - id: a",
                "  - repository: https://x/y",
                "  - id: a",
                "    cloneStrategy: deep",
                "  - id: b",
                "    repository: r1",
                "    repoUrl: r2",
                "enabledProjectIds: [a]",
                "repositories: []");

        assertThat(fixture.errors()).containsExactly(
                "daemon.yaml:3:5: projects[1].id: is required",
                "daemon.yaml:4:9: projects[2].id: duplicate id \"a\" (first at projects[0])",
                "daemon.yaml:5:20: projects[2].cloneStrategy: must be one of shallow, full, reference-clone (got \"deep\")",
                "daemon.yaml:8:5: projects[3].repoUrl: cannot be used together with repository",
                "daemon.yaml:9:1: enabledProjectIds: requires projectAdmissionVersion: 2",
                "daemon.yaml:10:1: repositories: requires projectAdmissionVersion: 2");
    }

    @Test
    void v2_admission_is_read_in_config_order() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary(
                "projectAdmissionVersion: 2",
                "enabledProjectIds: [web, api]",
                "repositories:",
                "  - {id: web-main, projectId: web, source: 'https://github.com/acme/web', primary: true}",
                "  - {id: web-docs, projectId: web, source: 'https://github.com/acme/docs'}",
                "  - {id: old, projectId: legacy, source: 'https://github.com/acme/legacy', cloneStrategy: full}");
        Admission admission = fixture.settings().admission();

        assertThat(admission.version()).isEqualTo(2);
        assertThat(admission.enabledIds()).containsExactly("web", "api");
        assertThat(admission.projectsAllowed()).isEqualTo(2);
        assertThat(admission.allowedProjects()).containsExactly("https://github.com/acme/web",
                "https://github.com/acme/docs", "https://github.com/acme/legacy");
        assertThat(admission.repositories().get(2).cloneStrategy()).contains("full");
    }

    @Test
    void v2_rules() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary(
                "projectAdmissionVersion: 2",
                "projects: [{id: a}]",
                "enabledProjectIds: [web, api, web]",
                "repositories:",
                "  - {id: r1, projectId: web, source: s1, primary: true}",
                "  - {id: r2, projectId: web, source: s2, primary: true}",
                "  - {id: r1, projectId: api, source: s3}",
                "  - {id: r4, source: s4}");

        assertThat(fixture.errors()).containsExactly(
                "daemon.yaml:2:1: projects: not allowed when projectAdmissionVersion is 2",
                "daemon.yaml:3:31: enabledProjectIds[2]: duplicate id \"web\" (first at enabledProjectIds[0])",
                "daemon.yaml:6:51: repositories[1].primary: project \"web\" already has a primary repository (repositories[0])",
                "daemon.yaml:7:10: repositories[2].id: duplicate id \"r1\" (first at repositories[0])",
                "daemon.yaml:8:5: repositories[3].projectId: is required");
    }

    @Test
    void model_access_becomes_the_narrow_only_machine_block() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary(
                "modelAccess:",
                "  default:",
                "    authOrder: [host-session, byok]",
                "    matrix:",
                "      '*':",
                "        metered: {allowed: false}",
                "      anthropic:",
                "        host-session: {allowed: true, host: oauth-cli, model: claude-x}",
                "  workloads:",
                "    review:",
                "      matrix: {}");
        MachineAccess access = fixture.settings().modelAccess();

        assertThat(access.defaultBlock().authOrder()).containsExactly(AuthMode.HOST_SESSION, AuthMode.BYOK);
        assertThat(access.defaultBlock().cell("*", AuthMode.METERED)).contains(CellRule.deny());
        assertThat(access.defaultBlock().cell("anthropic", AuthMode.HOST_SESSION))
                .contains(CellRule.pin("oauth-cli", "claude-x"));
        assertThat(access.workloads()).containsKey("review");
        assertThat(access.workloads().get("review").matrix()).isEmpty();
    }

    @Test
    void signing_keys_are_pinned_by_derived_id_and_a_wrong_key_id_fails_naming_the_key() throws Exception {
        String key = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
        String derived = SigningKey.keyIdOf(java.util.Base64.getDecoder().decode(key));
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("orchestrator:", "  signingKeys:", "    - publicKey: " + key, "      keyId: " + derived);

        assertThat(fixture.settings().orchestrator().signingKeys()).containsExactly(new SigningKey(key, derived));

        fixture.primary("orchestrator:", "  signingKeys:", "    - publicKey: " + key, "      keyId: 0000000000000000");
        assertThat(fixture.errors()).containsExactly("daemon.yaml:4:14: orchestrator.signingKeys[0].keyId: "
                + "does not match the key (derived \"" + derived + "\")");
    }

    @Test
    void satellites_are_loaded_in_name_order_and_honour_only_orchestrator_and_admission() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("projects: [{id: local-app}]");
        fixture.write("daemon-zeta.yaml", "projects: [{id: z1}, {id: z2}]");
        fixture.write("daemon-acme.yaml",
                "orchestrator:",
                "  url: https://acme.example.com",
                "  authToken: acme-secret",
                "projectAdmissionVersion: 2",
                "enabledProjectIds: [shop]",
                "capacity:",
                "  maxConcurrentSessions: 1",
                "flavour: x");
        fixture.write("daemon-Bad_Org.yaml", "projects: [{id: ignored}]");
        fixture.write("daemon-notes.txt", "not yaml: [");

        ConfigLoadResult.Loaded loaded = fixture.loaded();
        DaemonConfig config = loaded.config();

        assertThat(config.satellites()).extracting(Satellite::org).containsExactly("acme", "zeta");
        Satellite acme = config.satellite("acme").orElseThrow();
        assertThat(acme.settings().orchestrator().authToken()).contains(Secret.of("acme-secret"));
        assertThat(acme.settings().admission().enabledIds()).containsExactly("shop");
        assertThat(acme.settings().capacity()).isEqualTo(Capacity.DEFAULT.withMaxConcurrentSessions(2));
        assertThat(config.projectsAllowed()).isEqualTo(4);
        assertThat(fixture.rendered(loaded.warnings())).containsExactly(
                "daemon-acme.yaml:6:1: capacity: not honoured in a satellite file (only orchestrator.* and the "
                        + "admission keys are)",
                "daemon-acme.yaml:8:1: flavour: unknown key");
    }

    @Test
    void satellite_errors_are_reported_after_the_primary_ones() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp);
        fixture.primary("drain: {timeoutSeconds: 0}");
        fixture.write("daemon-acme.yaml", "projectAdmissionMode: sometimes");

        assertThat(fixture.errors()).containsExactly(
                "daemon.yaml:1:25: drain.timeoutSeconds: must be >= 1",
                "daemon-acme.yaml:1:23: projectAdmissionMode: must be one of enumerated, all-routed (got \"sometimes\")");
    }

    @Test
    void the_token_variable_does_not_replace_a_satellite_token() throws Exception {
        ConfigFixture fixture = new ConfigFixture(tmp, Map.of("DONMAI_DAEMON_TOKEN", "primary-only"));
        fixture.write("daemon-acme.yaml", "orchestrator: {authToken: acme-own}");

        DaemonConfig config = fixture.loaded().config();

        assertThat(config.primary().orchestrator().authToken()).contains(Secret.of("primary-only"));
        assertThat(config.satellite("acme").orElseThrow().settings().orchestrator().authToken())
                .contains(Secret.of("acme-own"));
    }
}

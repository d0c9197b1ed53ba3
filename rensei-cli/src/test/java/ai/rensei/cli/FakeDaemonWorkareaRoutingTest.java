package ai.rensei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.rensei.cli.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code host workarea list|show} and {@code host routing show|explain} against a fake daemon. */
class FakeDaemonWorkareaRoutingTest {

    private static final String WORKAREAS = """
            {"active":[{"kind":"active","id":"wa_1","sessionId":"ses_a","projectId":"alpha",
                        "repository":"https://github.com/acme/alpha","ref":"main","status":"in-use",
                        "path":"/w/wa_1","providerId":"local","acquiredAt":"2026-06-02T13:00:00Z"},
                       {"kind":"active","id":"wa_2","sessionId":"ses_b","ref":"HEAD","status":"failed","providerId":"local"}],
             "archived":[{"kind":"archived","id":"arc_1","sessionId":"ses_c","repository":"acme/beta","ref":"dev",
                          "archivedAt":"2026-06-02T12:00:00Z","reason":"session-ended","sizeBytes":2048}]}""";

    private static final String ROUTING = """
            {"weights":{"capability":1.0,"cost":0.25},
             "sandboxProviders":[{"id":"local","status":"ready","maxConcurrent":8},
                                 {"id":"docker","status":"unavailable","maxConcurrent":null}],
             "llmProviders":[{"id":"stub","status":"ready","models":[]},
                             {"id":"claude","status":"ready","models":["opus","sonnet"]}],
             "order":"declared","timestamp":"2026-06-02T14:00:00Z"}""";

    @RegisterExtension
    final FakeDaemon daemon = FakeDaemon.started();

    @Test
    void workareaListPrintsActiveAndArchivedSections() {
        daemon.reply("GET", "/api/daemon/workareas", 200, WORKAREAS);

        CliRun.Result result = CliRun.run(daemon.env(), "host", "workarea", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                "active",
                "ID    SESSION  REPOSITORY                     REF   STATUS",
                "wa_1  ses_a    https://github.com/acme/alpha  main  in-use",
                "wa_2  ses_b    -                              HEAD  failed",
                "",
                "archived",
                "ID     SESSION  REPOSITORY  REF  STATUS",
                "arc_1  ses_c    acme/beta   dev  archived (session-ended)");
    }

    @Test
    void workareaListWithNothingSaysSoAndAnEmptySectionSaysNone() {
        daemon.reply("GET", "/api/daemon/workareas", 200, "{\"active\":[],\"archived\":[]}");
        CliRun.Result empty = CliRun.run(daemon.env(), "host", "workarea", "list");

        daemon.reply("GET", "/api/daemon/workareas", 200, WORKAREAS.replaceFirst("\"archived\":\\[[^]]*]", "\"archived\":[]"));
        CliRun.Result activeOnly = CliRun.run(daemon.env(), "host", "workarea", "list");

        assertThat(empty.exitCode()).isZero();
        assertThat(empty.outLines()).containsExactly("No workareas found");
        assertThat(activeOnly.outLines()).endsWith("", "archived", "(none)");
    }

    @Test
    void workareaShowPrintsTheFieldsItHasAndTheManifest() {
        daemon.reply("GET", "/api/daemon/workareas/ses_a", 200, """
                {"workarea":{"kind":"active","id":"wa_1","sessionId":"ses_a","ref":"main","status":"in-use",
                             "providerId":"local","manifest":{"files":12,"branch":"agent/ses_a"}}}""");

        CliRun.Result result = CliRun.run(daemon.env(), "host", "workarea", "show", "ses_a");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                "  Kind:      active",
                "  ID:        wa_1",
                "  Session:   ses_a",
                "  Ref:       main",
                "  Status:    in-use",
                "  Provider:  local",
                "  Manifest:",
                "    files: 12",
                "    branch: agent/ses_a");
    }

    @Test
    void unknownWorkareaIsTheDaemonsError() {
        daemon.reply("GET", "/api/daemon/workareas/nope", 404, "{\"error\":\"workarea not found\",\"workareaId\":\"nope\"}");

        CliRun.Result result = CliRun.run(daemon.env(), "host", "workarea", "show", "nope", "--json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("error: workarea not found");
    }

    @Test
    void idsAreEncodedIntoOnePathSegment() {
        CliRun.run(daemon.env(), "host", "workarea", "show", "a/b c");

        assertThat(daemon.requestLines()).containsExactly("GET /api/daemon/workareas/a%2Fb%20c");
    }

    @Test
    void routingShowPlainFollowsTheSpecLayout() {
        daemon.reply("GET", "/api/daemon/routing/config", 200, """
                {"weights":{"capability":1.0},"sandboxProviders":[{"id":"local","status":"ready","maxConcurrent":8}],
                 "llmProviders":[{"id":"stub","status":"ready","models":[]}],"order":"declared",
                 "timestamp":"2026-06-02T14:00:00Z"}""");

        CliRun.Result result = CliRun.run(daemon.env(), "host", "routing", "show", "--plain");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                weights:
                  capability: 1.0
                sandbox-providers:
                  local  ready  maxConcurrent=8
                llm-providers:
                  stub  ready
                """);
    }

    @Test
    void routingShowPlainAlignsProvidersAndListsModels() {
        daemon.reply("GET", "/api/daemon/routing/config", 200, ROUTING);

        CliRun.Result result = CliRun.run(daemon.env(), "host", "routing", "show", "--plain");

        assertThat(result.outLines()).containsExactly(
                "weights:",
                "  capability: 1.0",
                "  cost: 0.25",
                "sandbox-providers:",
                "  local   ready        maxConcurrent=8",
                "  docker  unavailable",
                "llm-providers:",
                "  stub    ready",
                "  claude  ready  models=opus,sonnet");
    }

    @Test
    void routingShowWithoutPlainPrintsTables() {
        daemon.reply("GET", "/api/daemon/routing/config", 200, ROUTING);

        CliRun.Result result = CliRun.run(daemon.env(), "host", "routing", "show");

        assertThat(result.outLines()).containsExactly(
                "WEIGHT      VALUE",
                "capability  1.0",
                "cost        0.25",
                "",
                "SANDBOX PROVIDER  STATUS       MAX CONCURRENT",
                "local             ready        8",
                "docker            unavailable  unlimited",
                "",
                "LLM PROVIDER  STATUS  MODELS",
                "stub          ready   -",
                "claude        ready   opus,sonnet");
    }

    @Test
    void routingShowJsonIsTheBody() {
        daemon.reply("GET", "/api/daemon/routing/config", 200, ROUTING);

        CliRun.Result result = CliRun.run(daemon.env(), "host", "routing", "show", "--json");

        assertThat(Json.parse(result.out())).isEqualTo(Json.parse(ROUTING));
        assertThat(result.out()).startsWith("{\n  \"weights\": {\n    \"capability\": 1.0,");
    }

    @Test
    void routingExplainPrintsTheDecisionAndTheTrace() {
        daemon.reply("GET", "/api/daemon/routing/explain/ses_a", 200, """
                {"sessionId":"ses_a",
                 "decision":{"sessionId":"ses_a","chosenSandbox":"local","chosenLLM":"stub","decidedAt":"2026-06-02T13:00:00Z"},
                 "trace":[{"step":1,"phase":"filter","dimension":"capability","remaining":["local","docker"]},
                          {"step":2,"phase":"health","dimension":"status","remaining":["local"]},
                          {"step":3,"phase":"order","dimension":null,"remaining":[]}]}""");

        CliRun.Result result = CliRun.run(daemon.env(), "host", "routing", "explain", "ses_a");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(
                "  Session:  ses_a",
                "  Sandbox:  local",
                "  LLM:      stub",
                "  Decided:  2026-06-02T13:00:00Z",
                "",
                "trace:",
                "STEP  PHASE   DIMENSION   REMAINING",
                "1     filter  capability  local, docker",
                "2     health  status      local",
                "3     order   -           (none)");
    }

    @Test
    void routingExplainOfAnUnknownSessionFails() {
        daemon.reply("GET", "/api/daemon/routing/explain/ses_x", 404, "{\"error\":\"session not found\",\"sessionId\":\"ses_x\"}");

        CliRun.Result result = CliRun.run(daemon.env(), "host", "routing", "explain", "ses_x");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.errLines()).containsExactly("error: session not found");
    }
}

package dev.donmai.runtime.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.runtime.api.daemon.config.SigningKey;
import dev.donmai.runtime.fakes.session.Script;
import dev.donmai.runtime.fakes.session.TestGit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon side of the worker protocol end to end against a fake orchestrator speaking the wire format. */
class FakeOrchestratorProtocolTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FakeOrchestrator orchestrator;
    private Path home;
    private Path repo;

    @BeforeEach
    void setUp() throws Exception {
        orchestrator = new FakeOrchestrator();
        home = dir.resolve("home");
        repo = TestGit.repo(dir.resolve("repo"));
    }

    @AfterEach
    void tearDown() {
        orchestrator.close();
    }

    private FakeOrchestratorDaemon daemon() {
        return new FakeOrchestratorDaemon(home, orchestrator.url(), List.of());
    }

    private ObjectNode item(String id) {
        return JSON.createObjectNode().put("sessionId", id).put("repository", repo.toString()).put("ref", "main")
                .put("title", "t").put("opaqueField", "kept");
    }

    @Test
    void registersOnceCachesCredentialsAndReusesThemAfterRestart() throws Exception {
        try (FakeOrchestratorDaemon daemon = daemon()) {
            await().atMost(WAIT).until(() -> orchestrator.received("heartbeat").size() >= 1
                    && !orchestrator.received("poll").isEmpty());
            assertThat(daemon.status().path("registration").path("state").asText()).isEqualTo("registered");
            assertThat(daemon.status().path("registration").path("workerId").asText()).isEqualTo("w-1");
        }
        Path jwt = home.resolve("daemon.jwt");
        assertThat(Files.getPosixFilePermissions(jwt)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        FakeOrchestrator.Received register = orchestrator.received("register").get(0);
        assertThat(register.authorization()).isEqualTo("Bearer " + FakeOrchestrator.INSTALL_TOKEN);
        assertThat(register.userAgent()).isEqualTo("donmai-daemon/1.2.3");
        assertThat(register.body().path("capacity").asInt()).isEqualTo(1);
        assertThat(orchestrator.received("heartbeat").get(0).authorization()).isEqualTo("Bearer rt-w-1-0");
        int beats = orchestrator.received("heartbeat").size();
        try (FakeOrchestratorDaemon daemon = daemon()) {
            await().atMost(WAIT).until(() -> orchestrator.received("heartbeat").size() > beats);
        }
        assertThat(orchestrator.received("register")).hasSize(1);
        assertThat(orchestrator.received("heartbeat").get(beats).authorization()).isEqualTo("Bearer rt-w-1-0");
    }

    @Test
    void heartbeat401RefreshesTheTokenKeepingTheWorkerId() {
        try (FakeOrchestratorDaemon daemon = daemon()) {
            await().atMost(WAIT).until(() -> !orchestrator.received("heartbeat").isEmpty());
            orchestrator.override("heartbeat", 401, 1);
            await().atMost(WAIT).until(() -> orchestrator.received("refresh-token").size() == 1
                    && orchestrator.answered("heartbeat", 200).size() >= 2);
            assertThat(orchestrator.received("register")).hasSize(1);
            assertThat(orchestrator.received("refresh-token").get(0).path()).contains("/w-1/");
            assertThat(orchestrator.received("refresh-token").get(0).authorization())
                    .isEqualTo("Bearer " + FakeOrchestrator.INSTALL_TOKEN);
            List<FakeOrchestrator.Received> beats = orchestrator.answered("heartbeat", 200);
            assertThat(beats.get(beats.size() - 1).authorization()).startsWith("Bearer rt-w-1-r");
            assertThat(daemon.status().path("registration").path("workerId").asText()).isEqualTo("w-1");
        }
    }

    @Test
    void pollNotFoundWithRefreshNotFoundReregistersOnceThenThrottles() {
        try (FakeOrchestratorDaemon daemon = daemon()) {
            await().atMost(WAIT).until(() -> !orchestrator.received("poll").isEmpty());
            orchestrator.override("poll", 404, 3).override("refresh-token", 404, 3);
            await().atMost(WAIT).until(() -> orchestrator.received("register").size() == 2
                    && orchestrator.answered("poll", 200).size() >= 2
                    && orchestrator.answered("poll", 200).get(orchestrator.answered("poll", 200).size() - 1).path()
                    .contains("/w-2/"));
            assertThat(orchestrator.received("register")).hasSize(2);
            assertThat(daemon.status().path("registration").path("workerId").asText()).isEqualTo("w-2");
        }
    }

    @Test
    void claimGateStopsPollingWhileThePoolDrains() {
        orchestrator.hostStatus("pool_draining");
        try (FakeOrchestratorDaemon daemon = daemon()) {
            await().atMost(WAIT).until(() -> orchestrator.received("heartbeat").size() >= 2);
            assertThat(orchestrator.received("poll")).isEmpty();
            orchestrator.hostStatus("ok");
            await().atMost(WAIT).until(() -> !orchestrator.received("poll").isEmpty());
            FakeOrchestrator.Received beat = orchestrator.received("heartbeat").get(0);
            assertThat(beat.body().path("status").asText()).isEqualTo("idle");
            assertThat(beat.body().path("maxSessions").asInt()).isEqualTo(1);
            assertThat(beat.body().path("allowlistHash").asText()).hasSize(64);
            assertThat(beat.body().path("projectAdmissionMode").asText()).isEqualTo("all-routed");
        }
    }

    @Test
    void polledItemRunsOnceAndItsReportsArriveOnceWithStableKeysAfter500s() {
        orchestrator.override("completion", 500, 2);
        try (FakeOrchestratorDaemon daemon = daemon()) {
            daemon.harness.script("s-done", Script.of().init().text("Working.").success("done"));
            orchestrator.enqueue(item("s-done"));
            await().atMost(WAIT).until(() -> orchestrator.answered("completion", 200).size() == 1
                    && orchestrator.answered("status", 200).stream()
                    .anyMatch(r -> r.body().path("status").asText().equals("completed")));
            List<FakeOrchestrator.Received> completions = orchestrator.received("completion");
            assertThat(completions).hasSize(3);
            assertThat(completions.stream().map(FakeOrchestrator.Received::idempotencyKey).distinct()).hasSize(1);
            assertThat(completions.get(2).body().path("workerId").asText()).isEqualTo("w-1");
            assertThat(completions.get(2).body().path("claimId").asText()).isEqualTo("clm_1");
            assertThat(completions.get(2).body().path("result").path("state").asText()).isEqualTo("completed");
            List<String> statuses = orchestrator.received("status").stream()
                    .map(r -> r.body().path("status").asText()).collect(Collectors.toList());
            assertThat(statuses).containsExactly("running", "completed");
            assertThat(orchestrator.received("lock-refresh")).isNotEmpty();
            assertThat(daemon.harness.spawned).hasSize(1);
            await().atMost(WAIT).until(() -> daemon.status().path("outbox").path("pending").asInt() == 0);
            await().atMost(WAIT).until(() -> !orchestrator.received("activity").isEmpty());
            assertThat(orchestrator.received("step-heartbeat").get(0).body().path("claimId").asText())
                    .isEqualTo("clm_1");
            assertThat(orchestrator.received("activity").get(0).body().path("activity").path("type").asText())
                    .isEqualTo("response");
            assertThat(orchestrator.received("activity").get(0).body().path("activity").path("content").asText())
                    .isEqualTo("Working.");
        }
    }

    @Test
    void aRunningItemDeliveredAgainUnderANewClaimIsAdoptedNotSpawnedTwice() {
        try (FakeOrchestratorDaemon daemon = daemon()) {
            daemon.harness.script("s-adopt", Script.of().init().hang());
            orchestrator.enqueue(item("s-adopt"));
            await().atMost(WAIT).until(() -> daemon.sessionState("s-adopt").equals("running"));
            ObjectNode again = item("s-adopt");
            again.putObject("claim").put("id", "clm_new").put("attempt", 1).put("workerId", "w-1")
                    .put("leaseSeconds", 6);
            orchestrator.enqueue(again);
            await().atMost(WAIT).until(() -> orchestrator.received("lock-refresh").stream()
                    .anyMatch(r -> r.body().path("claimId").asText().equals("clm_new")));
            assertThat(daemon.harness.spawned).hasSize(1);
            assertThat(orchestrator.received("nack")).isEmpty();
        }
    }

    @Test
    void inboxMessagesAreAppendedToTheSessionsInboxFile() throws Exception {
        try (FakeOrchestratorDaemon daemon = daemon()) {
            daemon.harness.script("s-inbox", Script.of().init().hang());
            orchestrator.enqueue(item("s-inbox"));
            await().atMost(WAIT).until(() -> daemon.sessionState("s-inbox").equals("running"));
            Path worktree = Path.of(daemon.get("/sessions/s-inbox").path("worktreePath").asText());
            orchestrator.inbox("s-inbox", JSON.createObjectNode().put("from", "operator").put("text", "hello"));
            Path inbox = worktree.resolve(".agent/inbox.jsonl");
            await().atMost(WAIT).until(() -> Files.exists(inbox));
            assertThat(Files.readAllLines(inbox)).containsExactly("{\"from\":\"operator\",\"text\":\"hello\"}");
        }
    }

    @Test
    void secondItemBeyondCapacityIsNackedAtCapacityWithItsRawBody() {
        try (FakeOrchestratorDaemon daemon = daemon()) {
            daemon.harness.script("s-busy", Script.of().init().hang());
            orchestrator.enqueue(item("s-busy")).enqueue(item("s-extra"));
            await().atMost(WAIT).until(() -> orchestrator.answered("nack", 200).size() == 1);
            FakeOrchestrator.Received nack = orchestrator.received("nack").get(0);
            assertThat(nack.path()).isEqualTo("/api/sessions/s-extra/nack");
            assertThat(nack.body().path("reason").asText()).isEqualTo("at-capacity");
            assertThat(nack.body().path("workerId").asText()).isEqualTo("w-1");
            assertThat(nack.body().path("work").path("opaqueField").asText()).isEqualTo("kept");
            assertThat(nack.body().path("work").path("claim").path("id").asText()).isEqualTo("clm_2");
            assertThat(nack.idempotencyKey()).isNotBlank();
        }
    }

    @Test
    void unsignedAndTamperedItemsAreNackedSignatureInvalidAndNeverRun() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String raw = Base64.getEncoder().encodeToString(Arrays.copyOfRange(keys.getPublic().getEncoded(), 12, 44));
        ObjectNode tampered = item("s-tampered");
        tampered.putObject("signature").put("keyId", SigningKey.of(raw).keyId()).put("alg", "ed25519")
                .put("value", Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64]));
        try (FakeOrchestratorDaemon daemon = new FakeOrchestratorDaemon(home, orchestrator.url(),
                List.of(SigningKey.of(raw)))) {
            orchestrator.enqueue(item("s-unsigned")).enqueue(tampered);
            await().atMost(WAIT).until(() -> orchestrator.answered("nack", 200).size() == 2);
            assertThat(orchestrator.received("nack")).allSatisfy(n -> {
                assertThat(n.body().path("reason").asText()).isEqualTo("signature-invalid");
            });
            assertThat(orchestrator.received("nack").stream().map(n -> n.body().path("detail").path("cause").asText()))
                    .containsExactlyInAnyOrder("missing", "bad-signature");
            orchestrator.signWith(keys).enqueue(item("s-signed"));
            await().atMost(WAIT).until(() -> orchestrator.answered("completion", 200).size() == 1);
            assertThat(daemon.harness.spawned).hasSize(1);
            assertThat(daemon.harness.spawned.get(0).key().sessionId()).isEqualTo("s-signed");
        }
    }

    @Test
    void lockRefreshStopEndsTheSessionAsOperatorCancelled() {
        try (FakeOrchestratorDaemon daemon = daemon()) {
            daemon.harness.script("s-cancel", Script.of().init().hang());
            orchestrator.lockReply("s-cancel", JSON.createObjectNode().put("leaseOk", true).put("stop", true)
                    .put("reason", "cancelled"));
            orchestrator.enqueue(item("s-cancel"));
            await().atMost(WAIT).until(() -> orchestrator.answered("status", 200).stream()
                    .anyMatch(r -> r.body().path("status").asText().equals("terminated")
                            || r.body().path("status").asText().equals("failed")));
            FakeOrchestrator.Received terminal = orchestrator.received("status").stream()
                    .filter(r -> !r.body().path("status").asText().equals("running")).findFirst().orElseThrow();
            assertThat(terminal.body().path("failureMode").asText()).isEqualTo("FailureOperatorCancelled");
        }
    }

    @Test
    void pendingReportsSurviveADaemonRestartAndAreDeliveredAfterwards() {
        orchestrator.override("completion", 503, 1000);
        try (FakeOrchestratorDaemon daemon = daemon()) {
            orchestrator.enqueue(item("s-restart"));
            await().atMost(WAIT).until(() -> orchestrator.received("completion").size() >= 2);
            assertThat(daemon.status().path("outbox").path("pending").asInt()).isGreaterThanOrEqualTo(1);
        }
        orchestrator.clearOverrides("completion").override("completion", 503, 2);
        try (FakeOrchestratorDaemon daemon = daemon()) {
            await().atMost(WAIT).until(() -> orchestrator.answered("completion", 200).size() == 1
                    && orchestrator.answered("status", 200).stream()
                    .anyMatch(r -> r.body().path("status").asText().equals("completed")));
            assertThat(orchestrator.received("completion").stream().map(FakeOrchestrator.Received::idempotencyKey)
                    .distinct()).hasSize(1);
            assertThat(daemon.harness.spawned).isEmpty();
            assertThat(orchestrator.received("lock-refresh")).anyMatch(r -> r.body().path("state").asText()
                    .equals("completed"));
        }
    }

    @Test
    void mutationsAreAppliedOnceAndAckedOrReportedAsFailures() {
        try (FakeOrchestratorDaemon daemon = daemon()) {
            daemon.harness.script("s-kill", Script.of().init().hang());
            orchestrator.enqueue(item("s-kill"));
            await().atMost(WAIT).until(() -> daemon.sessionState("s-kill").equals("running"));
            orchestrator.mutation("m-1", "session.kill", JSON.createObjectNode().put("sessionId", "s-kill"))
                    .mutation("m-2", "teleport", JSON.createObjectNode())
                    .mutation("m-4", "session.wake", JSON.createObjectNode().put("sessionId", "s-kill"))
                    .mutation("m-3", "project.add", JSON.createObjectNode().put("id", "p-new")
                            .put("repository", "https://example.invalid/p-new.git"));
            await().atMost(WAIT).until(() -> orchestrator.received("heartbeat").stream()
                    .anyMatch(b -> b.body().path("appliedMutations").toString().contains("m-1")
                            && b.body().path("appliedMutations").toString().contains("m-3")
                            && b.body().path("mutationFailures").toString().contains("unknown-op")
                            && b.body().path("mutationFailures").toString().contains("unsupported-op")));
            await().atMost(WAIT).until(() -> orchestrator.answered("status", 200).stream()
                    .anyMatch(r -> r.body().path("failureMode").asText().equals("FailureOperatorCancelled")));
            FakeOrchestrator.Received acked = orchestrator.received("heartbeat").stream()
                    .filter(b -> b.body().path("mutationFailures").toString().contains("unknown-op")).findFirst()
                    .orElseThrow();
            assertThat(acked.body().path("mutationFailures").get(0).path("id").asText()).isEqualTo("m-2");
            await().atMost(WAIT).until(() -> orchestrator.received("heartbeat").stream()
                    .anyMatch(b -> b.body().path("enabledProjectIds").toString().contains("p-new")));
        }
    }

    @Test
    void anAckPendingWhenTheDaemonStopsIsSentAfterTheRestart() {
        try (FakeOrchestratorDaemon daemon = daemon()) {
            await().atMost(WAIT).until(() -> !orchestrator.received("heartbeat").isEmpty());
            orchestrator.mutation("m-9", "project.add", JSON.createObjectNode().put("id", "p-9"));
            await().atMost(WAIT).until(() -> Files.exists(home.resolve("mutations.json"))
                    && Files.readString(home.resolve("mutations.json")).contains("m-9"));
            orchestrator.override("heartbeat", 503, 1000);
        }
        int before = orchestrator.answered("heartbeat", 200).size();
        assertThat(orchestrator.answered("heartbeat", 200))
                .noneMatch(b -> b.body().path("appliedMutations").toString().contains("m-9"));
        orchestrator.clearOverrides("heartbeat");
        try (FakeOrchestratorDaemon daemon = daemon()) {
            await().atMost(WAIT).until(() -> orchestrator.answered("heartbeat", 200).size() > before);
            assertThat(orchestrator.answered("heartbeat", 200).get(before).body().path("appliedMutations")
                    .toString()).contains("m-9");
        }
    }

    @Test
    void threeFailedHeartbeatsReportDegradedUntilOneSucceeds() {
        try (FakeOrchestratorDaemon daemon = daemon()) {
            await().atMost(WAIT).until(() -> !orchestrator.received("heartbeat").isEmpty());
            orchestrator.override("heartbeat", 503, 3);
            await().atMost(WAIT).until(() -> daemon.status().path("status").asText().equals("degraded"));
            assertThat(daemon.status().path("registration").path("consecutiveFailures").asInt())
                    .isGreaterThanOrEqualTo(3);
            assertThat(daemon.status().path("registration").path("lastError").asText()).contains("503");
            await().atMost(WAIT).until(() -> daemon.status().path("status").asText().equals("ready"));
            assertThat(orchestrator.received("register")).hasSize(1);
        }
    }
}

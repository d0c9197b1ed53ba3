package dev.donmai.runtime.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.runtime.api.ProtocolTimings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 401/404 ladder of protocol.md §5.1 against the fake orchestrator, without a daemon around it. */
class FakeOrchestratorLadderTest {

    @TempDir
    Path home;

    private FakeOrchestrator orchestrator;
    private OrchestratorClient client;
    private CredentialFile file;
    private Registrar registrar;

    @BeforeEach
    void setUp() throws Exception {
        orchestrator = new FakeOrchestrator();
        ProtocolTimings timings = ProtocolTimings.defaults().scaled(20);
        client = new OrchestratorClient(orchestrator.url(), "donmai-daemon/test", timings);
        file = new CredentialFile(home);
        registrar = new Registrar(client, file, () -> Optional.of(Secret.of(FakeOrchestrator.INSTALL_TOKEN)),
                () -> new ObjectMapper().createObjectNode().put("machineId", "m").put("capacity", 1), timings,
                Clock.systemUTC());
        assertThat(registrar.register(new StringBuilder())).isEqualTo(Registrar.Outcome.REGISTERED);
    }

    @AfterEach
    void tearDown() throws Exception {
        client.close();
        orchestrator.close();
    }

    @Test
    void refreshNotFoundAdoptsTheWorkerIdAnotherProcessCached() {
        WorkerCredentials mine = registrar.current().orElseThrow();
        file.write(new WorkerCredentials("w-other", Secret.of("rt-other"), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Optional.empty(), Instant.now(), client.base()));
        orchestrator.override("refresh-token", 404, 1);

        Optional<WorkerCredentials> after = registrar.recover(mine, "worker-not-found");

        assertThat(after).hasValueSatisfying(c -> assertThat(c.workerId()).isEqualTo("w-other"));
        assertThat(orchestrator.received("refresh-token")).extracting(FakeOrchestrator.Received::path)
                .containsExactly("/api/workers/w-1/refresh-token", "/api/workers/w-other/refresh-token");
        assertThat(orchestrator.received("register")).hasSize(1);
        assertThat(file.read()).hasValueSatisfying(c -> assertThat(c.workerId()).isEqualTo("w-other"));
    }

    @Test
    void reregistrationWithinTheThrottleWindowIsRefusedAndTheFailureIsReused() {
        WorkerCredentials mine = registrar.current().orElseThrow();
        orchestrator.override("refresh-token", 404, 2);

        assertThat(registrar.recover(mine, "worker-not-found")).isEmpty();
        assertThat(registrar.recover(mine, "worker-not-found")).isEmpty();

        assertThat(orchestrator.received("register")).hasSize(1);
        assertThat(orchestrator.received("refresh-token")).hasSize(1);
        assertThat(registrar.current()).contains(mine);
    }

    @Test
    void aCallerWhoseCredentialsWereAlreadyReplacedGetsTheNewOnesWithoutAnotherRefresh() {
        WorkerCredentials first = registrar.current().orElseThrow();
        WorkerCredentials second = registrar.recover(first, "unauthorized").orElseThrow();

        assertThat(registrar.recover(first, "unauthorized")).contains(second);

        assertThat(second.workerId()).isEqualTo("w-1");
        assertThat(second.runtimeToken()).isNotEqualTo(first.runtimeToken());
        assertThat(orchestrator.received("refresh-token")).hasSize(1);
    }

    @Test
    void credentialsCachedForAnotherUrlOrExpiredAreNotUsed() {
        WorkerCredentials c = registrar.current().orElseThrow();
        file.write(new WorkerCredentials(c.workerId(), c.runtimeToken(), c.heartbeatInterval(), c.pollInterval(),
                Optional.of(Instant.now().minusSeconds(1)), Instant.now().minusSeconds(60), c.orchestratorUrl()));
        Registrar fresh = new Registrar(client, file, Optional::empty, () -> null, ProtocolTimings.defaults(),
                Clock.systemUTC());
        assertThat(fresh.loadCached()).isFalse();
        file.write(new WorkerCredentials(c.workerId(), c.runtimeToken(), c.heartbeatInterval(), c.pollInterval(),
                Optional.empty(), Instant.now(), "http://elsewhere.invalid"));
        assertThat(fresh.loadCached()).isFalse();
        file.write(c);
        assertThat(fresh.loadCached()).isTrue();
    }

    @Test
    void aShortLivedTokenIsRefreshedProactivelyAtHalfItsLifetime() {
        orchestrator.tokenTtl(Duration.ofSeconds(2));
        WorkerCredentials first = registrar.recover(registrar.current().orElseThrow(), "unauthorized").orElseThrow();
        assertThat(first.expiresAt()).isPresent();

        registrar.refreshIfDue();
        assertThat(orchestrator.received("refresh-token")).hasSize(1);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> {
            registrar.refreshIfDue();
            return orchestrator.received("refresh-token").size() == 2;
        });
        assertThat(registrar.current().orElseThrow().runtimeToken()).isNotEqualTo(first.runtimeToken());
        assertThat(orchestrator.received("register")).hasSize(1);
    }

    @Test
    void credentialsNeverShowTheTokenWhenPrinted() {
        WorkerCredentials c = registrar.current().orElseThrow();
        assertThat(c.toString()).doesNotContain(c.runtimeToken().reveal());
    }
}

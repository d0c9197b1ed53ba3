package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeLevel;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.contracts.workarea.AcquirePath;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.ReleaseOutcome;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.contracts.workarea.WorkareaSource;
import dev.donmai.contracts.workarea.WorkareaSpec;
import dev.donmai.providers.tck.MutableClock;
import dev.donmai.providers.tck.TckGitFixture;
import dev.donmai.providers.tck.TckGitRepo;
import dev.donmai.providers.tck.TckHost;
import dev.donmai.runtime.internal.daemon.state.CrashRecovery;
import dev.donmai.runtime.internal.daemon.state.PoolMemberTable;
import dev.donmai.runtime.internal.daemon.state.ProcessTerminator;
import dev.donmai.runtime.internal.daemon.state.RecoveryLayout;
import dev.donmai.runtime.internal.daemon.state.RecoveryReport;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With {@code poolIndex: state-db} a ready member outlives the provider and the daemon's crash recovery. */
class StateDbPoolRestartTest {

    private static final Duration T = Duration.ofSeconds(60);

    private final TckGitFixture git = TckGitFixture.create();
    private final TckGitRepo source = git.initWithCommit("source", WorkareaFixture.defaultFiles());
    private final MutableClock clock = new MutableClock(Instant.now());

    @AfterEach
    void cleanUp() {
        git.close();
    }

    @Test
    void aReturnedWorkareaIsAWarmMemberAfterARestartAndRecovery() throws Exception {
        Path home = Files.createDirectory(git.root().resolve("state-home"));
        Map<String, Object> config = Map.of("stateHome", home.toString(), "pool.minReadyPerKey", 0,
                "poolIndex", "state-db");

        Workarea first = withProvider(config, provider -> {
            Workarea a = provider.acquire(spec("s1"), T);
            assertThat(provider.release(a, ReleaseMode.RETURN_TO_POOL, T))
                    .isEqualTo(ReleaseOutcome.asRequested(ReleaseMode.RETURN_TO_POOL));
            return a;
        });

        try (StateStore store = StateStore.open(home.resolve("state.db"))) {
            RecoveryReport report = new CrashRecovery(store, RecoveryLayout.of(home, home.resolve("worktrees")),
                    ProcessTerminator.processGroups(), Duration.ofSeconds(1), clock).run();
            assertThat(report.poolMembersDestroyed()).isEmpty();
            assertThat(store.poolMembers().all()).singleElement().extracting(PoolMemberTable.Row::status)
                    .isEqualTo("ready");
        }

        Workarea second = withProvider(config, provider -> provider.acquire(spec("s2"), T));
        assertThat(second.acquirePath()).isEqualTo(AcquirePath.POOL_WARM);
        assertThat(second.commit()).isEqualTo(first.commit());
    }

    @Test
    void theMemoryIndexStartsColdAfterARestart() throws Exception {
        Path home = Files.createDirectory(git.root().resolve("memory-home"));
        Map<String, Object> config = Map.of("stateHome", home.toString(), "pool.minReadyPerKey", 0);
        withProvider(config, provider -> provider.release(provider.acquire(spec("s1"), T),
                ReleaseMode.RETURN_TO_POOL, T));
        Workarea second = withProvider(config, provider -> provider.acquire(spec("s2"), T));
        assertThat(second.acquirePath()).isEqualTo(AcquirePath.COLD);
        assertThat(home.resolve("state.db")).doesNotExist();
    }

    private <T> T withProvider(Map<String, Object> config, Function<GitWorkareaProvider, T> use) {
        GitWorkareaProviderFactory factory = new GitWorkareaProviderFactory();
        GitWorkareaProvider provider = factory.create(ProviderConfig.of(config));
        try (TckHost host = new TckHost(ProviderRef.of(factory.manifest(), ScopeLevel.GLOBAL), clock)) {
            provider.activate(host, T);
            try {
                return use.apply(provider);
            } finally {
                provider.deactivate(T);
            }
        }
    }

    private WorkareaSpec spec(String sessionId) {
        return WorkareaSpec.exclusive(SessionKey.local(sessionId), ScopeTarget.global(),
                WorkareaSource.of(source.uri(), TckGitFixture.DEFAULT_BRANCH));
    }
}

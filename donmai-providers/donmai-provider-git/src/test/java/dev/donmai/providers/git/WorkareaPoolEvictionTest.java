package dev.donmai.providers.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.workarea.Workarea;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The disk budget: LRU eviction of ready members, then of idle mirrors without worktrees; no timers involved. */
class WorkareaPoolEvictionTest {

    private static final Duration T = WorkareaFixture.T;

    private WorkareaFixture f;
    private PoolKey a;
    private PoolKey b;
    private PoolKey c;

    @BeforeEach
    void warmThreeKeysAnHourApart() throws IOException {
        // One gigabyte × 1e-9 = a one-byte budget: anything is over it.
        f = new WorkareaFixture(WorkareaFixture.defaultFiles(), Map.of("poolMaxDiskGb", 1e-9),
                UnaryOperator.identity());
        byte[] blob = new byte[200_000];
        new Random(42).nextBytes(blob);
        Files.write(f.source.path().resolve("blob.bin"), blob);
        f.source.commitAll("a large incompressible file");
        f.source.branch("b1").branch("b2");
        a = f.mainKey();
        b = new PoolKey(a.repository(), "b1", "none");
        c = new PoolKey(a.repository(), "b2", "none");
        for (PoolKey key : new PoolKey[] {a, b, c}) {
            assertThat(f.pool().warm(key, 1, T)).isEqualTo(1);
            f.clock.advance(Duration.ofHours(1));
        }
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aTinyBudgetEvictsEveryReadyMemberLeastRecentlyUsedFirstThenIdleMirrors() {
        String idA = f.pool().ready(a).get(0).id();
        assertThat(f.pool().members()).extracting(PoolMember::status).containsOnly(MemberStatus.READY);
        String idB = f.pool().ready(b).get(0).id();
        String idC = f.pool().ready(c).get(0).id();
        EvictionReport report = f.pool().evict(T);
        assertThat(report.pressure()).isTrue();
        assertThat(report.usageBefore()).isGreaterThan(600_000);
        assertThat(report.evictedMembers()).containsExactly(idA, idB, idC);
        assertThat(report.evictedMirrors()).as("the mirror was used within 24 h").isEmpty();
        assertThat(f.pool().members()).isEmpty();
        assertThat(f.list(f.stateHome.resolve("cache/pool"))).isEmpty();
        assertThat(f.mirror()).isDirectory();

        f.clock.advance(Duration.ofHours(25));
        EvictionReport later = f.pool().evict(T);
        assertThat(later.evictedMirrors()).containsExactly(f.mirror().getFileName().toString().replace(".git", ""));
        assertThat(f.mirror()).doesNotExist();
        assertThat(later.usageAfter()).isZero();
    }

    @Test
    void evictionStopsBelowEightyPercentAndTakesTheLeastRecentlyUsed() {
        // b's member is acquired and returned: it becomes a new member, now the most recently used one.
        Workarea w = f.provider.acquire(f.spec(WorkareaFixture.newSessionId(),
                dev.donmai.contracts.workarea.WorkareaSource.of(f.source.uri(), "b1")), T);
        f.release(w, dev.donmai.contracts.workarea.ReleaseMode.RETURN_TO_POOL);
        long usage = f.pool().evict(Long.MAX_VALUE, T).usageBefore();
        long budget = (long) (usage / 0.9);
        EvictionReport report = f.pool().evict(budget, T);
        assertThat(report.evictedMembers()).as("one member frees more than 11 %% of %d", usage).hasSize(1);
        assertThat(f.pool().ready(a)).as("a was the least recently used").isEmpty();
        assertThat(f.pool().ready(b)).hasSize(1);
        assertThat(f.pool().ready(c)).hasSize(1);
        assertThat(report.usageAfter()).isLessThan((long) (0.8 * budget));
    }

    @Test
    void aMirrorWithALiveWorktreeIsNeverEvicted() {
        f.acquire();
        f.clock.advance(Duration.ofHours(25));
        EvictionReport report = f.pool().evict(T);
        assertThat(report.evictedMembers()).as("main's member became the workarea").hasSize(2);
        assertThat(report.evictedMirrors()).isEmpty();
        assertThat(f.mirror()).isDirectory();
    }

    @Test
    void agedMembersAreRetired() {
        assertThat(f.pool().retireOlderThan(Duration.ofHours(24), T)).isEmpty();
        f.clock.advance(Duration.ofHours(22));
        assertThat(f.pool().retireOlderThan(Duration.ofHours(24), T)).hasSize(1);
        assertThat(f.pool().ready(a)).isEmpty();
    }
}

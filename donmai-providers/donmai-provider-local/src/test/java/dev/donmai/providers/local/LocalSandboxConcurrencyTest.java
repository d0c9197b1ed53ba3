package dev.donmai.providers.local;

import static dev.donmai.providers.local.LocalFixture.T;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.sandbox.SandboxHandle;
import dev.donmai.contracts.sandbox.SandboxStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Concurrent verbs agree: one termination (and one cost event) per sandbox, never more than the limit live. */
class LocalSandboxConcurrencyTest {

    private static final int THREADS = 8;

    private final LocalFixture fixture = new LocalFixture();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void close() throws Exception {
        pool.shutdownNow();
        fixture.close();
    }

    @Test
    void concurrentTerminatesAgreeAndPublishOneCost() throws Exception {
        LocalSandboxProvider provider = fixture.active(Map.of());
        SandboxHandle handle = provider.provision(LocalFixture.spec(), T);

        List<SandboxStatus.Terminated> results = all(() -> provider.terminate(handle, T));

        assertThat(results).hasSize(THREADS).allMatch(results.get(0)::equals);
        assertThat(fixture.lastHost().familyEvents()).hasSize(1);
    }

    @Test
    void concurrentProvisionsNeverExceedTheLimit() throws Exception {
        LocalSandboxProvider provider = fixture.active(Map.of("maxConcurrent", 3));

        List<String> outcomes = all(() -> {
            try {
                return provider.provision(LocalFixture.spec(), T).externalId();
            } catch (ProviderException.Unavailable e) {
                return "unavailable";
            }
        });

        assertThat(outcomes.stream().filter("unavailable"::equals)).hasSize(THREADS - 3);
        assertThat(provider.capacityProbe().orElseThrow().capacity(T).provisionedActive()).isEqualTo(3);
    }

    private <R> List<R> all(Callable<R> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<R>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<R> results = new ArrayList<>();
        for (Future<R> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}

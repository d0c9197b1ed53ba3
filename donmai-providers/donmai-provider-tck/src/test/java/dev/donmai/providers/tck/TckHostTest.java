package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeLevel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TckHostTest {

    private static final ProviderRef REF = new ProviderRef(ProviderFamily.SANDBOX, "probe", "1.0.0", ScopeLevel.GLOBAL);

    @Test
    void dataDirIsPrivateAndDeletedOnClose() throws Exception {
        Path dataDir;
        try (TckHost host = new TckHost(REF)) {
            dataDir = host.dataDir();
            assertThat(dataDir).isDirectory();
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
                        .isEqualTo("rwx------");
            }
            Files.writeString(dataDir.resolve("x"), "y");
            Path scratch = host.scratchDir("src");
            assertThat(scratch).isDirectory();
            assertThat(scratch.startsWith(dataDir)).as("scratch outside the data dir").isFalse();
        }
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void recordsPublishedEventsInOrder() {
        try (TckHost host = new TckHost(REF)) {
            host.publish(event("a"));
            host.record(new ProviderHookEvent.PostDeactivate("b", Instant.EPOCH, REF));
            host.publish(event("c"));
            assertThat(host.events()).extracting(ProviderHookEvent::eventId).containsExactly("a", "b", "c");
            assertThat(host.familyEvents()).extracting(ProviderHookEvent::eventId).containsExactly("a", "c");
        }
    }

    @Test
    void tracksThreadsAndPeriodicTasks() throws Exception {
        try (TckHost host = new TckHost(REF)) {
            CountDownLatch release = new CountDownLatch(1);
            Thread thread = host.threadFactory().newThread(() -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            assertThat(host.liveProviderThreads()).containsExactly(thread);
            assertThat(thread.getName()).startsWith("tck-probe-");
            release.countDown();
            thread.join(10_000);
            assertThat(host.liveProviderThreads()).isEmpty();

            ScheduledFuture<?> periodic = host.scheduler().scheduleAtFixedRate(() -> { }, 1, 1, TimeUnit.HOURS);
            host.scheduler().schedule(() -> { }, 1, TimeUnit.HOURS);
            assertThat(host.periodicTasksPending()).isEqualTo(1);
            periodic.cancel(false);
            assertThat(host.periodicTasksPending()).isZero();
        }
    }

    @Test
    void schedulerRunsTasks() throws Exception {
        try (TckHost host = new TckHost(REF)) {
            assertThat(host.scheduler().schedule(() -> 42, 10, TimeUnit.MILLISECONDS).get(10, TimeUnit.SECONDS))
                    .isEqualTo(42);
        }
    }

    @Test
    void lookupFindsRegisteredProvidersByType() {
        try (TckHost host = new TckHost(REF)) {
            host.providers().register(ProviderFamily.WORKAREA, "git", "a workarea");
            assertThat(host.providers().find(ProviderFamily.WORKAREA, "git", String.class)).contains("a workarea");
            assertThat(host.providers().find(ProviderFamily.WORKAREA, "git", Integer.class)).isEmpty();
            assertThat(host.providers().find(ProviderFamily.VCS, "git", String.class)).isEmpty();
            host.providers().unregister(ProviderFamily.WORKAREA, "git");
            assertThat(host.providers().find(ProviderFamily.WORKAREA, "git", String.class)).isEmpty();
        }
    }

    @Test
    void loggerRecordsFormattedLines() {
        try (TckHost host = new TckHost(REF)) {
            host.logger().log(System.Logger.Level.INFO, "hello {0}", "world");
            host.logger().log(System.Logger.Level.WARNING, "failed", new IllegalStateException("inner"));
            assertThat(host.logger().lines()).extracting(RecordingLogger.Line::message)
                    .containsExactly("hello world", "failed | java.lang.IllegalStateException: inner");
        }
    }

    private static ProviderHookEvent.FamilyEvent event(String id) {
        return new ProviderHookEvent.FamilyEvent(id, Instant.EPOCH, REF, FamilyEventKind.SANDBOX_COST, Map.of());
    }
}

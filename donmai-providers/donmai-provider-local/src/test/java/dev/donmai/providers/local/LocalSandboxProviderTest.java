package dev.donmai.providers.local;

import static dev.donmai.providers.local.LocalFixture.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.sandbox.EgressDefault;
import dev.donmai.contracts.sandbox.NetworkPolicy;
import dev.donmai.contracts.sandbox.Resources;
import dev.donmai.contracts.sandbox.SandboxHandle;
import dev.donmai.contracts.sandbox.SandboxSpec;
import dev.donmai.contracts.sandbox.SandboxStatus;
import dev.donmai.contracts.sandbox.SandboxTransport;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.providers.tck.TckHost;
import dev.donmai.providers.tck.TckIds;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lifecycle, layout, termination and restart behaviour of the {@code local} sandbox. */
class LocalSandboxProviderTest {

    private final LocalFixture fixture = new LocalFixture();

    @TempDir
    Path temp;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void provisionGivesAReadyDialOutSandboxInAPrivateDirectory() throws Exception {
        LocalSandboxProvider provider = fixture.active(Map.of());
        SessionKey session = TckIds.sessionKey();

        SandboxHandle handle = provider.provision(LocalFixture.spec(session), T);

        assertThat(handle.providerId()).isEqualTo("local");
        assertThat(handle.transport()).isEqualTo(new SandboxTransport.DialOut("http://127.0.0.1:7734"));
        assertThat(handle.provisionedAt()).isEqualTo(fixture.clock.instant());
        assertThat(handle.externalId()).matches(session.sessionId() + "-[0-9a-f]{8}");
        Path expected = fixture.lastHost().dataDir().resolve("sandboxes").resolve("local")
                .resolve(handle.externalId());
        assertThat(provider.directory(handle, T)).contains(expected);
        assertThat(expected).isDirectory();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(expected))).isEqualTo("rwx------");
        }
        assertThat(provider.status(handle, T)).isEqualTo(SandboxStatus.READY);
    }

    @Test
    void configuredRootAndRegistrationUrlAreUsed() {
        Path root = temp.resolve("not/yet/there");
        LocalSandboxProvider provider = fixture.active(Map.of("root", root.toString(),
                "registrationUrl", "https://orchestrator.example.org/v1/register"));

        SandboxHandle handle = provider.provision(LocalFixture.spec(), T);

        assertThat(handle.transport())
                .isEqualTo(new SandboxTransport.DialOut("https://orchestrator.example.org/v1/register"));
        assertThat(provider.directory(handle, T)).hasValueSatisfying(dir -> assertThat(dir).startsWith(root));
    }

    @Test
    void twoSandboxesOfOneSessionAreApart() {
        LocalSandboxProvider provider = fixture.active(Map.of());
        SessionKey session = TckIds.sessionKey();

        SandboxHandle first = provider.provision(LocalFixture.spec(session), T);
        SandboxHandle second = provider.provision(LocalFixture.spec(session), T);

        assertThat(first.externalId()).isNotEqualTo(second.externalId());
        provider.terminate(first, T);
        assertThat(provider.status(second, T)).isEqualTo(SandboxStatus.READY);
    }

    @Test
    void readyThenRunningThenTerminated() {
        LocalSandboxProvider provider = fixture.active(Map.of());
        SandboxHandle handle = provider.provision(LocalFixture.spec(), T);

        SandboxStatus.Running running = provider.markRunning(handle, "worker-7", T);

        assertThat(running.workerSessionIdIfKnown()).contains("worker-7");
        assertThat(provider.status(handle, T)).isEqualTo(new SandboxStatus.Running("worker-7"));
        assertThat(provider.markRunning(handle, "worker-7", T)).isEqualTo(running);
        SandboxStatus.Terminated terminated = provider.terminate(handle, T);
        assertThat(terminated.reason()).isEqualTo(LocalSandboxProvider.REQUESTED);
        assertThatThrownBy(() -> provider.markRunning(handle, "worker-8", T))
                .isInstanceOfSatisfying(ProviderException.OperationFailed.class,
                        e -> assertThat(e.code()).isEqualTo("sandbox-ended"));
        assertThatThrownBy(() -> provider.markRunning(handle, "../bad", T))
                .isInstanceOf(ProviderException.ContractViolation.class);
    }

    @Test
    void terminateTwiceReturnsTheSameTerminatedAndRemovesTheDirectory() {
        LocalSandboxProvider provider = fixture.active(Map.of());
        SessionKey session = TckIds.sessionKey();
        SandboxHandle handle = provider.provision(LocalFixture.spec(session), T);
        Path directory = provider.directory(handle, T).orElseThrow();
        fixture.clock.advance(Duration.ofMinutes(3));

        SandboxStatus.Terminated first = provider.terminate(handle, T);
        fixture.clock.advance(Duration.ofMinutes(1));
        SandboxStatus.Terminated second = provider.terminate(handle, T);

        assertThat(first).isEqualTo(new SandboxStatus.Terminated("requested", Instant.parse("2026-06-02T14:03:00Z")));
        assertThat(second).isEqualTo(first);
        assertThat(provider.status(handle, T)).isEqualTo(first);
        assertThat(directory).doesNotExist();
        assertThat(provider.directory(handle, T)).isEmpty();
        assertThat(fixture.lastHost().dataDir().resolve("sandboxes").resolve(SandboxDirectories.TRASH))
                .isEmptyDirectory();
        assertThat(fixture.lastHost().familyEvents()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo("sandbox-cost");
            assertThat(event.payload()).containsEntry("costUsd", 0.0)
                    .containsEntry("sandbox", handle.externalId())
                    .containsEntry("sessionId", session.sessionId())
                    .containsEntry("organizationId", "local")
                    .containsEntry("reason", "requested");
        });
    }

    @Test
    void aSpecOutsideTheCapabilitiesIsUnsupported() {
        LocalSandboxProvider provider = fixture.active(Map.of());
        SandboxSpec base = LocalFixture.spec();

        assertUnsupported(provider, with(base, new Resources(1, 512, 1024, true), null,
                null, null), "provision.resources.gpu");
        assertUnsupported(provider, with(base, null,
                NetworkPolicy.allowlist(List.of("example.org")), null, null),
                "provision.networkPolicy");
        assertUnsupported(provider, with(base, null,
                new NetworkPolicy(EgressDefault.DENY_ALL,
                        List.of()), null, null), "provision.networkPolicy");
        assertUnsupported(provider, with(base, null, null, "eu-west-1", null), "provision.region");
        assertUnsupported(provider, with(base, null, null, null, "ghcr.io/example/worker:1"),
                "provision.workerImage");

        SandboxSpec honoured = with(base, new Resources(64, 1 << 20, 1 << 20, false),
                new NetworkPolicy(EgressDefault.ALLOW_ALL,
                        List.of()), "local", null);
        assertThat(provider.status(provider.provision(honoured, T), T)).isEqualTo(SandboxStatus.READY);
    }

    @Test
    void anUncreatableDirectoryIsAFailedValue() throws Exception {
        LocalSandboxProvider provider = fixture.active(Map.of("root", temp.toString()));
        Files.writeString(temp.resolve("blocked"), "a file where the organization's directory would go");

        SandboxHandle handle = provider.provision(LocalFixture.spec(new SessionKey("blocked", TckIds.next())), T);

        assertThat(provider.status(handle, T)).isInstanceOfSatisfying(SandboxStatus.Failed.class,
                failed -> assertThat(failed.error()).startsWith("cannot create the sandbox directory"));
        assertThat(provider.capacityProbe().orElseThrow().capacity(T).provisionedActive()).isZero();
        assertThat(provider.terminate(handle, T).reason()).isEqualTo("requested");
        assertThat(provider.status(handle, T)).isInstanceOf(SandboxStatus.Terminated.class);
        assertThat(fixture.lastHost().logger().lines())
                .anySatisfy(line -> assertThat(line.message()).contains("failed").contains(handle.externalId()));
    }

    @Test
    void maxDurationEndsTheSandbox() {
        LocalSandboxProvider provider = fixture.active(Map.of());
        SandboxHandle handle = provider.provision(LocalFixture.limited(Duration.ofHours(1), null), T);
        Path directory = provider.directory(handle, T).orElseThrow();
        provider.markRunning(handle, "worker-1", T);

        fixture.clock.advance(Duration.ofMinutes(59));
        assertThat(provider.status(handle, T)).isInstanceOf(SandboxStatus.Running.class);
        fixture.clock.advance(Duration.ofMinutes(1));

        assertThat(provider.status(handle, T))
                .isEqualTo(new SandboxStatus.Terminated("max-duration", Instant.parse("2026-06-02T15:00:00Z")));
        assertThat(directory).doesNotExist();
        assertThat(provider.terminate(handle, T).reason()).isEqualTo("max-duration");
        assertThat(fixture.lastHost().familyEvents()).singleElement()
                .satisfies(e -> assertThat(e.payload()).containsEntry("reason", "max-duration"));
    }

    @Test
    void idleTimeoutEndsOnlyASandboxWithoutWorker() {
        LocalSandboxProvider provider = fixture.active(Map.of());
        SandboxHandle idle = provider.provision(LocalFixture.limited(null, Duration.ofMinutes(10)), T);
        SandboxHandle busy = provider.provision(LocalFixture.limited(null, Duration.ofMinutes(10)), T);
        provider.markRunning(busy, "worker-2", T);

        fixture.clock.advance(Duration.ofMinutes(10));

        assertThat(provider.status(idle, T)).isInstanceOfSatisfying(SandboxStatus.Terminated.class,
                t -> assertThat(t.reason()).isEqualTo("idle-timeout"));
        assertThat(provider.status(busy, T)).isEqualTo(new SandboxStatus.Running("worker-2"));
    }

    @Test
    void aSandboxFromBeforeARestartIsAdoptedAndAGoneOneIsNotFound() {
        Map<String, Object> config = Map.of("root", temp.toString());
        LocalSandboxProvider before = fixture.active(config);
        SandboxHandle survivor = before.provision(LocalFixture.spec(), T);
        SandboxHandle ended = before.provision(LocalFixture.spec(), T);
        before.terminate(ended, T);
        Path directory = before.directory(survivor, T).orElseThrow();
        before.deactivate(T);

        LocalSandboxProvider after = fixture.active(config);

        assertThat(after.status(survivor, T)).isEqualTo(SandboxStatus.READY);
        assertThat(after.capacityProbe().orElseThrow().capacity(T).provisionedActive()).isEqualTo(1);
        assertThat(after.status(ended, T)).isInstanceOfSatisfying(SandboxStatus.Terminated.class,
                t -> assertThat(t.reason()).isEqualTo(LocalSandboxProvider.NOT_FOUND));
        assertThat(after.terminate(survivor, T).reason()).isEqualTo("requested");
        assertThat(directory).doesNotExist();
    }

    @Test
    void foreignAndMalformedHandlesNeverReachOtherFiles() throws Exception {
        Path root = Files.createDirectory(temp.resolve("root"));
        Path victim = Files.createDirectories(temp.resolve("victim-0000abcd"));
        Files.writeString(victim.resolve("keep.txt"), "keep");
        LocalSandboxProvider provider = fixture.active(Map.of("root", root.toString()));
        Instant now = fixture.clock.instant();
        SandboxTransport transport = new SandboxTransport.DialOut("http://127.0.0.1:7734");

        SandboxHandle foreign = new SandboxHandle("docker", "abc", transport, now);
        assertThatThrownBy(() -> provider.terminate(foreign, T))
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class,
                        e -> assertThat(e.code()).isEqualTo(ProviderException.ViolationCode.INVALID_REFERENCE));
        for (String id : new String[] {"../victim-0000abcd", "..", "../../etc", "victim-0000abcd"}) {
            SandboxHandle malformed = new SandboxHandle("local", id, transport, now);
            assertThat(provider.terminate(malformed, T).reason()).isEqualTo("not-found");
            assertThat(provider.status(malformed, T)).isInstanceOf(SandboxStatus.Terminated.class);
        }
        assertThat(victim.resolve("keep.txt")).hasContent("keep");
    }

    @Test
    void terminateDeletesLinksButNeverWhatTheyPointTo() throws Exception {
        Path outside = Files.createDirectory(temp.resolve("outside"));
        Files.writeString(outside.resolve("precious.txt"), "precious");
        LocalSandboxProvider provider = fixture.active(Map.of("root", temp.resolve("root").toString()));
        SandboxHandle handle = provider.provision(LocalFixture.spec(), T);
        Path directory = provider.directory(handle, T).orElseThrow();
        Files.createSymbolicLink(directory.resolve("link-to-dir"), outside);
        Files.createSymbolicLink(directory.resolve("link-to-file"), outside.resolve("precious.txt"));
        Path nested = Files.createDirectories(directory.resolve("a/b"));
        Files.writeString(nested.resolve("work.txt"), "work");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(nested, PosixFilePermissions.fromString("r-x------"));
        }

        provider.terminate(handle, T);

        assertThat(directory).doesNotExist();
        assertThat(outside.resolve("precious.txt")).hasContent("precious");
        assertThat(temp.resolve("root").resolve(SandboxDirectories.TRASH)).isEmptyDirectory();
    }

    @Test
    void aLargeDirectoryOutOfTimeIsOutOfTheWayAndPurgedLater() throws Exception {
        Path root = temp.resolve("root");
        LocalSandboxProvider provider = fixture.active(Map.of("root", root.toString()));
        SandboxHandle big = provider.provision(LocalFixture.spec(), T);
        Path directory = provider.directory(big, T).orElseThrow();
        for (int i = 0; i < 50; i++) {
            Files.writeString(directory.resolve("f" + i), "x");
        }

        assertThat(provider.terminate(big, Duration.ZERO).reason()).isEqualTo("requested");
        assertThat(directory).doesNotExist();

        provider.terminate(provider.provision(LocalFixture.spec(), T), T);
        assertThat(root.resolve(SandboxDirectories.TRASH)).isEmptyDirectory();
    }

    @Test
    void activationEmptiesTheTrashLeftByACrash() throws Exception {
        Path root = temp.resolve("root");
        Path leftover = Files.createDirectories(root.resolve(SandboxDirectories.TRASH).resolve("s-1-0000abcd/x"));
        Files.writeString(leftover.resolve("file"), "left behind");

        fixture.active(Map.of("root", root.toString()));

        assertThat(root.resolve(SandboxDirectories.TRASH)).isEmptyDirectory();
    }

    @Test
    void healthFollowsTheRoot() throws Exception {
        Path root = temp.resolve("root");
        LocalSandboxProvider provider = fixture.active(Map.of("root", root.toString()));
        assertThat(provider.health(T)).isEqualTo(ProviderHealth.READY);

        deleteTree(root);
        Files.writeString(root, "no longer a directory");

        assertThat(provider.health(T)).isInstanceOf(ProviderHealth.Unhealthy.class);
        provider.deactivate(T);
        assertThat(provider.health(T)).isInstanceOf(ProviderHealth.Unhealthy.class);
    }

    @Test
    void anUnusableRootFailsActivationAndLeavesTheProviderInactive() throws Exception {
        Path file = Files.writeString(temp.resolve("file"), "not a directory");
        LocalSandboxProvider provider = new LocalSandboxProviderFactory()
                .create(ProviderConfig.of(Map.of("root", file.toString())));
        TckHost host = fixture.host();

        assertThatThrownBy(() -> provider.activate(host, T)).isInstanceOf(ProviderException.ActivationFailed.class);
        assertThatThrownBy(() -> provider.provision(LocalFixture.spec(), T))
                .isInstanceOf(ProviderException.NotActive.class);
        assertThatThrownBy(() -> provider.status(new SandboxHandle("local", "x-0000abcd",
                new SandboxTransport.DialOut("http://127.0.0.1:7734"), Instant.now()), T))
                .isInstanceOf(ProviderException.NotActive.class);
    }

    @Test
    void nullArgumentsAreContractViolations() {
        LocalSandboxProvider provider = fixture.active(Map.of());
        SandboxHandle handle = provider.provision(LocalFixture.spec(), T);

        assertThatThrownBy(() -> provider.provision(null, T)).isInstanceOf(ProviderException.ContractViolation.class);
        assertThatThrownBy(() -> provider.status(null, T)).isInstanceOf(ProviderException.ContractViolation.class);
        assertThatThrownBy(() -> provider.terminate(handle, null))
                .isInstanceOf(ProviderException.ContractViolation.class);
    }

    private static void assertUnsupported(LocalSandboxProvider provider, SandboxSpec spec, String verb) {
        assertThatThrownBy(() -> provider.provision(spec, T))
                .isInstanceOfSatisfying(ProviderException.Unsupported.class, e -> assertThat(e.verb()).isEqualTo(verb));
    }

    private static SandboxSpec with(SandboxSpec s, Resources resources,
            NetworkPolicy policy, String region, String workerImage) {
        return new SandboxSpec(s.session(), s.scope(), resources, s.registrationToken(), workerImage, s.envVars(),
                policy, s.maxDuration(), s.idleTimeout(), s.workareaProviderId(), s.workareaSpec(), region);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

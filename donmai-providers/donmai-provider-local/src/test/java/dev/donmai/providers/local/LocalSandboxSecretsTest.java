package dev.donmai.providers.local;

import static dev.donmai.providers.local.LocalFixture.T;
import static dev.donmai.providers.local.LocalFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.sandbox.SandboxHandle;
import dev.donmai.contracts.sandbox.SandboxSpec;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.providers.tck.TckIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registration token never reaches the disk, a log line, an event, a value or an exception message. */
class LocalSandboxSecretsTest {

    private final LocalFixture fixture = new LocalFixture();

    @TempDir
    Path temp;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void theRegistrationTokenIsNeverWrittenAnywhere() throws Exception {
        Path root = temp.resolve("root");
        LocalSandboxProvider provider = fixture.active(Map.of("root", root.toString()));
        Files.writeString(root.resolve("blocked"), "in the way");
        List<String> seen = new ArrayList<>();

        SandboxHandle ready = provider.provision(spec(TckIds.sessionKey()), T);
        SandboxHandle running = provider.provision(spec(TckIds.sessionKey()), T);
        SandboxHandle ended = provider.provision(spec(TckIds.sessionKey()), T);
        SandboxHandle failed = provider.provision(spec(new SessionKey("blocked", TckIds.next())), T);
        seen.add(provider.markRunning(running, "worker-1", T).toString());
        seen.add(provider.terminate(ended, T).toString());
        for (SandboxHandle handle : List.of(ready, running, ended, failed)) {
            seen.add(handle.toString());
            seen.add(provider.status(handle, T).toString());
        }
        seen.add(provider.capacityProbe().orElseThrow().capacity(T).toString());
        try {
            provider.provision(new SandboxSpec(TckIds.sessionKey(), ScopeTarget.global(), null, Secret.of(TOKEN),
                    "image", Map.of(), null, null, null, null, null, null), T);
        } catch (RuntimeException e) {
            seen.add(e.toString());
        }
        fixture.clock.advance(Duration.ofDays(1));
        provider.terminate(ready, T);

        fixture.lastHost().logger().lines().forEach(line -> seen.add(line.message()));
        fixture.lastHost().familyEvents().forEach(event -> seen.add(event.toString()));
        assertThat(seen).isNotEmpty().noneMatch(s -> s.contains(TOKEN));
        assertThat(filesContaining(root)).as("files under the sandbox root naming or holding the token").isEmpty();
        assertThat(filesContaining(fixture.lastHost().dataDir())).as("files under the data directory").isEmpty();
    }

    private static SandboxSpec spec(SessionKey session) {
        return new SandboxSpec(session, ScopeTarget.global(), null, Secret.of(TOKEN), null,
                Map.of("PLAIN", "value"), null, Duration.ofHours(1), Duration.ofMinutes(30), null, null, "local");
    }

    /** Every path under {@code dir} whose name or content holds the token (a grep over the tree). */
    private static List<Path> filesContaining(Path dir) throws IOException {
        byte[] token = TOKEN.getBytes(StandardCharsets.UTF_8);
        List<Path> hits = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.toList()) {
                if (path.getFileName().toString().contains(TOKEN)) {
                    hits.add(path);
                } else if (Files.isRegularFile(path) && contains(Files.readAllBytes(path), token)) {
                    hits.add(path);
                }
            }
        }
        return hits;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.runtime.api.ProtocolTimings;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.SessionEngineConfig;
import dev.donmai.runtime.api.daemon.DaemonOptions;
import dev.donmai.runtime.api.daemon.LocalDaemon;
import dev.donmai.runtime.api.daemon.config.Admission;
import dev.donmai.runtime.api.daemon.config.DaemonConfig;
import dev.donmai.runtime.api.daemon.config.DaemonSettings;
import dev.donmai.runtime.api.daemon.config.Orchestrator;
import dev.donmai.runtime.api.daemon.config.SigningKey;
import dev.donmai.runtime.fakes.TestRegistries;
import dev.donmai.runtime.fakes.session.CloneWorkareaProvider;
import dev.donmai.runtime.fakes.session.FakeEndpointProvider;
import dev.donmai.runtime.fakes.session.ScriptedHarnessProvider;
import dev.donmai.runtime.internal.daemon.DaemonRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real {@link DaemonRuntime} (scripted stub harness, cloning workarea) pointed at a {@link FakeOrchestrator}, with
 * the protocol timings scaled down 1/20; reads status and sessions through the control API.
 */
final class FakeOrchestratorDaemon implements AutoCloseable {

    static final ProtocolTimings TIMINGS = ProtocolTimings.defaults().scaled(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    final ScriptedHarnessProvider harness = new ScriptedHarnessProvider("stub");
    private final ProviderRegistry registry;
    private final LocalDaemon daemon;
    private final HttpClient http = HttpClient.newHttpClient();

    FakeOrchestratorDaemon(Path home, URI url, List<SigningKey> keys) {
        registry = ProviderRegistry.create(TestRegistries.config(home).clock(Clock.systemUTC()).build());
        registry.register(harness.factory());
        registry.register(CloneWorkareaProvider.factory(new CloneWorkareaProvider()));
        registry.register(FakeEndpointProvider.factory());
        registry.load();
        DaemonSettings settings = DaemonSettings.defaults(home, 2).withAdmission(Admission.allRouted())
                .withOrchestrator(new Orchestrator(Optional.of(url), Optional.of(Secret.of(
                        FakeOrchestrator.INSTALL_TOKEN)), false, keys));
        daemon = DaemonRuntime.start(new DaemonOptions(home, DaemonConfig.of(settings), Optional.empty(),
                Optional.empty(), "127.0.0.1", 0, false, "1.2.3", "testhost", registry,
                SessionEngineConfig.builder(home).daemonEnv(Map.of("PATH", "/usr/bin:/bin")).build(),
                Clock.systemUTC(), TIMINGS));
    }

    JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + daemon.address().getPort() + "/api/daemon" + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode status() {
        return get("/status");
    }

    String sessionState(String id) {
        return get("/sessions/" + id).path("state").asText("");
    }

    @Override
    public void close() {
        daemon.close();
        registry.close();
    }
}

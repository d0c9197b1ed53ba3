package ai.rensei.cli.daemon;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import ai.rensei.cli.ExitCodes;
import ai.rensei.cli.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Talks to the daemon's control API and maps its replies onto the CLI's error conventions (host.md §1.1): daemon
 * down, still starting (503, retried per {@code Retry-After} for up to 10 s), token rejected (401), other non-2xx.
 */
public final class DaemonClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** How long a request waits for its reply unless the caller says otherwise (host.md §1.1). */
    public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);
    static final long STARTING_BUDGET_MILLIS = 10_000;

    /** Waits between 503 retries; replaceable so tests need not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final DaemonAddress address;
    private final CliEnvironment env;
    private final HttpClient http;
    private final Sleeper sleeper;

    public DaemonClient(DaemonAddress address, CliEnvironment env) {
        this(address, env, Thread::sleep);
    }

    public DaemonClient(DaemonAddress address, CliEnvironment env, Sleeper sleeper) {
        this.address = address;
        this.env = env;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** GET {@code /api/daemon<path>} and return the parsed 2xx body; anything else is a {@link CliException}. */
    public JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(address.api(path))
                .timeout(RESPONSE_TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build();
        return interpret(sendPastStartup(request));
    }

    /**
     * POST {@code /api/daemon<path>} with {@code body} (JSON; {@code null} = empty) and the control token, waiting up
     * to {@code timeout} for the reply; returns the parsed 2xx body. A 409 throws a {@link Conflict} carrying the
     * daemon's error and body, so an action can print {@code <verb>: <error>}.
     */
    public JsonNode post(String path, String body, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(address.api(path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        controlToken().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        HttpResponse<String> response = sendPastStartup(builder.build());
        if (response.statusCode() == 409) {
            String error = Json.parse(response.body()).map(b -> b.path("error").asText(""))
                    .filter(e -> !e.isEmpty()).orElse("daemon answered HTTP 409");
            throw new Conflict(error, Json.parse(response.body()).orElse(null));
        }
        return interpret(response);
    }

    /** Sends {@code request}, retrying a 503 (starting) per {@code Retry-After} for up to 10 s in all. */
    private HttpResponse<String> sendPastStartup(HttpRequest request) {
        long waited = 0;
        while (true) {
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 503) {
                return response;
            }
            long delay = retryAfterMillis(response);
            if (waited + delay > STARTING_BUDGET_MILLIS) {
                throw CliException.failure("daemon is still starting");
            }
            pause(delay);
            waited += delay;
        }
    }

    /** POST with the default response timeout. */
    public JsonNode post(String path, String body) {
        return post(path, body, RESPONSE_TIMEOUT);
    }

    /** True when {@code GET /healthz} answers 200 now; never throws for a daemon that is down. */
    public boolean healthy() {
        HttpRequest request = healthzRequest();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * True when {@code GET /healthz} gets any HTTP reply (200, or 503 while starting or stopping): a daemon process
     * still holds the port. False once nothing answers; never throws.
     */
    public boolean answers() {
        HttpRequest request = healthzRequest();
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (HttpConnectTimeoutException e) {
            return false;
        } catch (HttpTimeoutException e) {
            // Connected but silent: a process still holds the port.
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest healthzRequest() {
        return HttpRequest.newBuilder(address.healthz()).timeout(CONNECT_TIMEOUT).GET().build();
    }

    /** The daemon's address. */
    public DaemonAddress address() {
        return address;
    }

    /** A 409 from an action route: {@code error} is the daemon's message, {@code body} its whole reply. */
    public static final class Conflict extends CliException {
        private static final long serialVersionUID = 1L;
        private final String error;
        private final transient JsonNode body;

        Conflict(String error, JsonNode body) {
            super(ExitCodes.FAILURE, List.of("error: " + error));
            this.error = error;
            this.body = body;
        }

        /** The daemon's {@code error}. */
        public String error() {
            return error;
        }

        /** The whole reply, if it was JSON. */
        public Optional<JsonNode> body() {
            return Optional.ofNullable(body);
        }
    }

    private Optional<String> controlToken() {
        Path file = env.home().resolve("control-token");
        try {
            String token = Files.readString(file, StandardCharsets.UTF_8).trim();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw daemonDown();
        } catch (HttpTimeoutException e) {
            throw CliException.failure("daemon at " + address + " did not answer within "
                    + request.timeout().orElse(RESPONSE_TIMEOUT).toSeconds() + "s");
        } catch (IOException e) {
            throw daemonDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.failure("interrupted");
        }
    }

    private JsonNode interpret(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return Json.parse(response.body())
                    .orElseThrow(() -> CliException.failure("daemon at " + address + " sent a reply that is not JSON"));
        }
        if (status == 401) {
            throw CliException.failure("control token rejected (" + env.home().resolve("control-token") + ")");
        }
        String error = Json.parse(response.body())
                .map(body -> body.path("error"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .orElse("daemon answered HTTP " + status);
        throw CliException.failure(error);
    }

    private CliException daemonDown() {
        return new CliException(ExitCodes.FAILURE, List.of(
                "error: daemon is not running at " + address,
                "hint: start it with `rensei host run` (foreground) or `rensei host start` "
                        + "(installed service; first time: `rensei host install`)"));
    }

    private static long retryAfterMillis(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .map(String::trim)
                .filter(value -> value.matches("\\d{1,4}"))
                .map(seconds -> Math.max(1, Long.parseLong(seconds)) * 1000)
                .orElse(1000L);
    }

    private void pause(long millis) {
        try {
            sleeper.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.failure("interrupted");
        }
    }
}

package dev.donmai.runtime.internal.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.runtime.api.ProtocolTimings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * HTTP/1.1 JSON calls to the orchestrator (protocol.md §1–§2) over Apache HttpClient 5: per-route timeouts, the
 * {@code User-Agent}, the bearer, the {@code Idempotency-Key}. Never throws for an answer or a transport failure:
 * both come back as a {@link Reply}. The bearer never reaches a log, an exception or a {@link Reply}.
 */
final class OrchestratorClient implements AutoCloseable {

    /** The largest body read (a poll answer, §1). */
    static final int MAX_BODY = 16 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final ProtocolTimings timings;
    private final CloseableHttpClient http;

    OrchestratorClient(URI url, String userAgent, ProtocolTimings timings) {
        String text = url.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.timings = timings;
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(timings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS))
                        .build())
                .setMaxConnTotal(32).setMaxConnPerRoute(32).build();
        this.http = HttpClients.custom().setConnectionManager(connections).disableAutomaticRetries()
                .disableRedirectHandling().disableCookieManagement().setUserAgent(userAgent).build();
    }

    String base() {
        return base;
    }

    /**
     * Calls {@code route} at {@code path} (starting {@code /api/}).
     *
     * @param body           the JSON body of a POST; ignored for a GET
     * @param idempotencyKey sent as {@code Idempotency-Key} when present
     */
    Reply call(ProtocolRoute route, String path, ObjectNode body, Secret bearer, Optional<String> idempotencyKey) {
        HttpUriRequestBase request = new HttpUriRequestBase(route.method(), URI.create(base + path));
        Duration timeout = route.timeout(timings);
        request.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .setConnectionRequestTimeout(Timeout.of(timeout.toMillis(), TimeUnit.MILLISECONDS)).build());
        request.setHeader("Authorization", "Bearer " + bearer.reveal());
        request.setHeader("Accept", "application/json");
        idempotencyKey.ifPresent(key -> request.setHeader("Idempotency-Key", key));
        if ("POST".equals(route.method())) {
            request.setEntity(new StringEntity(write(body), ContentType.APPLICATION_JSON));
        }
        try {
            return http.execute(request, response -> {
                ObjectNode parsed = parse(response.getEntity());
                return new Reply(response.getCode(), parsed, retryAfter(response.getFirstHeader("Retry-After")),
                        "HTTP " + response.getCode());
            });
        } catch (IOException | RuntimeException e) {
            return new Reply(0, JSON.createObjectNode(), Optional.empty(), e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static ObjectNode parse(HttpEntity entity) throws IOException {
        if (entity == null) {
            return JSON.createObjectNode();
        }
        try (InputStream in = entity.getContent()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                return JSON.createObjectNode();
            }
            JsonNode node = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            return node instanceof ObjectNode o ? o : JSON.createObjectNode();
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private static Optional<Duration> retryAfter(Header header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.getValue().trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}

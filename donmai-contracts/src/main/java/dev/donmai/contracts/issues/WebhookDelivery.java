package dev.donmai.contracts.issues;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Secret;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One webhook delivery as received. Header values are {@link Secret}s because some carry signatures or tokens;
 * the body is the raw payload.
 *
 * @param headers    the HTTP headers, name → value
 * @param body       the raw body (usually JSON)
 * @param receivedAt when it arrived
 */
public record WebhookDelivery(Map<String, Secret> headers, String body, Instant receivedAt) {

    public WebhookDelivery {
        headers = FieldChecks.requiredMap(headers, "headers");
        FieldChecks.require(body, "body");
        FieldChecks.require(receivedAt, "receivedAt");
    }

    /** The value of header {@code name}, compared case-insensitively. */
    public Optional<Secret> header(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return headers.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}

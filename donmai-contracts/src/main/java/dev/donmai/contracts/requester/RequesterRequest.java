package dev.donmai.contracts.requester;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.Secret;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request from an external party, as received.
 *
 * @param requestId  the request's id, unique per provider
 * @param protocol   the protocol it arrived over
 * @param bearer     the bearer credential it presented, if any
 * @param headers    transport headers, name → value (secret: they may carry credentials)
 * @param body       the raw body
 * @param signature  the request signature, if signed
 * @param receivedAt when it arrived
 */
public record RequesterRequest(
        String requestId,
        String protocol,
        @Nullable Secret bearer,
        Map<String, Secret> headers,
        String body,
        @Nullable String signature,
        Instant receivedAt) {

    public RequesterRequest {
        Ids.requireId(requestId, "requestId");
        FieldChecks.requireText(protocol, "protocol");
        headers = FieldChecks.requiredMap(headers, "headers");
        FieldChecks.require(body, "body");
        FieldChecks.optionalText(signature, "signature");
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

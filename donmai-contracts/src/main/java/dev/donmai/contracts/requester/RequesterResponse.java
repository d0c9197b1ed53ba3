package dev.donmai.contracts.requester;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;

/**
 * A response to an admitted request.
 *
 * @param requestId the request answered
 * @param body      the response content
 * @param isFinal   the last response for the request (partial ones need {@code supportsStreamingResponse})
 */
public record RequesterResponse(String requestId, String body, boolean isFinal) {

    public RequesterResponse {
        Ids.requireId(requestId, "requestId");
        FieldChecks.require(body, "body");
    }
}

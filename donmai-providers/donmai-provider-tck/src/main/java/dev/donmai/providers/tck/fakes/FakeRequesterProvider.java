package dev.donmai.providers.tck.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.requester.AdmissionResult;
import dev.donmai.contracts.requester.RequestedWork;
import dev.donmai.contracts.requester.RequesterCapabilities;
import dev.donmai.contracts.requester.RequesterProvider;
import dev.donmai.contracts.requester.RequesterRequest;
import dev.donmai.contracts.requester.RequesterResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A fail-closed requester: it admits a request only when the protocol is accepted, the bearer is the one it knows
 * (org {@code tck-org}, handle {@code tck-user}), the signature is {@link #sign(String, String)} of bearer and body,
 * the body is {@code {"prompt": "..."}}, and fewer than {@code maxConcurrentRequests} are open. Everything else is
 * {@code Denied}.
 */
public final class FakeRequesterProvider extends FakeProvider<RequesterCapabilities> implements RequesterProvider {

    /** The bearer it knows when none is configured. */
    public static final String DEFAULT_BEARER = "tck-known-bearer";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Secret bearer;
    private final Set<String> open = new HashSet<>();

    FakeRequesterProvider(ProviderManifest<RequesterCapabilities> manifest, ProviderScope scope, Secret bearer) {
        super(manifest, scope);
        this.bearer = bearer;
    }

    /** The signature of {@code body} for {@code bearer}. */
    public static String sign(String bearer, String body) {
        return FakeDigest.sign(bearer, body);
    }

    @Override
    public synchronized AdmissionResult admit(RequesterRequest request, Duration timeout) {
        enter("admit");
        RequesterCapabilities caps = capabilities();
        if (!caps.acceptedProtocols().contains(request.protocol())) {
            return new AdmissionResult.Denied("unsupported-protocol");
        }
        if (request.bearer() == null) {
            return new AdmissionResult.Denied("missing-bearer");
        }
        if (!request.bearer().equals(bearer)) {
            return new AdmissionResult.Denied("unknown-bearer");
        }
        if (caps.requiresSignedRequests()
                && !FakeDigest.matches(sign(bearer.reveal(), request.body()), request.signature())) {
            return new AdmissionResult.Denied("bad-signature");
        }
        String prompt = prompt(request.body());
        if (prompt == null) {
            return new AdmissionResult.Denied("bad-body");
        }
        if (caps.maxConcurrentRequests() != null && open.size() >= caps.maxConcurrentRequests()) {
            return new AdmissionResult.Denied("too-many-requests");
        }
        open.add(request.requestId());
        return new AdmissionResult.Admitted(AdmissionResult.Admitted.requesterId("tck-org", "tck-user"),
                new RequestedWork(prompt, null, null, null, Map.of()));
    }

    @Override
    public synchronized void respond(RequesterResponse response, Duration timeout) {
        enter("respond");
        if (!open.contains(response.requestId())) {
            throw new ProviderException.OperationFailed("respond", "unknown-request", false);
        }
        if (!response.isFinal() && !capabilities().supportsStreamingResponse()) {
            throw new ProviderException.Unsupported("respond");
        }
        if (response.isFinal()) {
            open.remove(response.requestId());
        }
    }

    private static String prompt(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode prompt = node == null ? null : node.get("prompt");
            return prompt != null && prompt.isTextual() && !prompt.asText().isBlank() ? prompt.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}

package dev.donmai.runtime.api.daemon.config;

import dev.donmai.contracts.provider.Secret;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code orchestrator.*}: where the daemon registers and polls. No URL and no stub = standalone (registration
 * {@code disabled}). The token is a {@link Secret}, so it never shows in {@code toString()}.
 *
 * @param url         {@code https://}, loopback {@code http://}, or {@code file://} (stub)
 * @param authToken   the install/registration token; {@code <P>_DAEMON_TOKEN} in the environment beats the file
 * @param stub        stub registration, no network
 * @param signingKeys pinned work-item signing keys; none = items are not checked
 */
public record Orchestrator(Optional<URI> url, Optional<Secret> authToken, boolean stub, List<SigningKey> signingKeys) {

    /** Standalone. */
    public static final Orchestrator STANDALONE = new Orchestrator(Optional.empty(), Optional.empty(), false, List.of());

    public Orchestrator {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(authToken, "authToken");
        signingKeys = List.copyOf(signingKeys);
    }

    /** Stub registration: {@code stub: true} or a {@code file://} URL, never decided by the token's shape (§5.1). */
    public boolean stubRegistration() {
        return stub || url.map(u -> "file".equals(u.getScheme().toLowerCase(Locale.ROOT))).orElse(false);
    }

    /** No orchestrator at all: registration is {@code disabled}. */
    public boolean standalone() {
        return url.isEmpty() && !stub;
    }

    /** This block with another token (the environment override, or a token minted at install). */
    public Orchestrator withAuthToken(Optional<Secret> token) {
        return new Orchestrator(url, token, stub, signingKeys);
    }

    /** This block with stub registration forced on ({@code <P>_DAEMON_FORCE_STUB=1}). */
    public Orchestrator withStub(boolean forced) {
        return new Orchestrator(url, authToken, forced, signingKeys);
    }
}

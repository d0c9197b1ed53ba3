package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.Secret;
import java.util.Optional;

/** How the host and the worker in a sandbox connect. */
public sealed interface SandboxTransport {

    /**
     * The host dials into the sandbox.
     *
     * @param execUrl   absolute URL to reach the sandbox; never carries user info
     * @param authToken the credential for {@code execUrl}, if one is needed
     */
    record DialIn(String execUrl, @Nullable Secret authToken) implements SandboxTransport {
        public DialIn {
            FieldChecks.url(execUrl, "execUrl", false);
        }

        /** The credential, if any. */
        public Optional<Secret> authTokenIfAny() {
            return Optional.ofNullable(authToken);
        }
    }

    /**
     * The worker dials out to register.
     *
     * @param registrationUrl the http(s) URL the worker registers at; never carries user info
     */
    record DialOut(String registrationUrl) implements SandboxTransport {
        public DialOut {
            FieldChecks.url(registrationUrl, "registrationUrl", true);
        }
    }
}

package dev.donmai.providers.tck.fakes;

import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.ForwardingProviderHost;
import java.nio.file.Path;

/** Hosts that cannot serve a fake, for the kit's failed-activation check. */
final class BrokenHosts {

    private BrokenHosts() {
    }

    /** A host whose data directory does not exist: every fake refuses to activate on it. */
    static ActivationFailure unwritableDataDir() {
        return ActivationFailure.withHost(host -> new ForwardingProviderHost(host) {
            @Override
            public Path dataDir() {
                return host.dataDir().resolve("missing");
            }
        });
    }
}

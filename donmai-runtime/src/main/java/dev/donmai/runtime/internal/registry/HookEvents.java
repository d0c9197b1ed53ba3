package dev.donmai.runtime.internal.registry;

import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.SignatureCheck;
import dev.donmai.contracts.provider.TrustMode;
import dev.donmai.runtime.spi.ProviderHookListener;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Stamps the registry's hook events with a unique id and the clock's instant, and emits them. */
final class HookEvents {

    private final Clock clock;
    private final ProviderHookListener sink;

    HookEvents(Clock clock, ProviderHookListener sink) {
        this.clock = clock;
        this.sink = sink;
    }

    void preActivate(ProviderRef ref) {
        sink.onEvent(new ProviderHookEvent.PreActivate(newId(), clock.instant(), ref));
    }

    void postActivate(ProviderRef ref, long durationMs) {
        sink.onEvent(new ProviderHookEvent.PostActivate(newId(), clock.instant(), ref, durationMs));
    }

    void preDeactivate(ProviderRef ref, String reason) {
        sink.onEvent(new ProviderHookEvent.PreDeactivate(newId(), clock.instant(), ref, reason));
    }

    void postDeactivate(ProviderRef ref) {
        sink.onEvent(new ProviderHookEvent.PostDeactivate(newId(), clock.instant(), ref));
    }

    void capabilityMismatch(ProviderRef ref, List<String> components) {
        sink.onEvent(new ProviderHookEvent.CapabilityMismatch(newId(), clock.instant(), ref, components));
    }

    void scopeResolved(ProviderRef chosen, List<ProviderHookEvent.Rejection> rejected) {
        sink.onEvent(new ProviderHookEvent.ScopeResolved(newId(), clock.instant(), chosen, rejected));
    }

    void trustRejected(ProviderRef ref, SignatureCheck check, TrustMode mode, String reason) {
        sink.onEvent(new ProviderHookEvent.TrustRejected(newId(), clock.instant(), ref, check, mode, reason));
    }

    /** Passes on an event a provider published itself. */
    void published(ProviderHookEvent.FamilyEvent event) {
        sink.onEvent(event);
    }

    private static String newId() {
        return "hk_" + UUID.randomUUID();
    }
}

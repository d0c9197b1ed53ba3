package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.FamilyEventKind;
import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The lifecycle every fake shares: idempotent activate and deactivate, {@code NotActive} outside them, and
 * {@code Cancelled} (flag kept) for a caller that is already interrupted.
 *
 * @param <C> the family's capability record
 */
public abstract class FakeProvider<C extends Capabilities> implements Provider<C> {

    private final ProviderManifest<C> manifest;
    private final ProviderScope scope;
    private ProviderHost host;

    protected FakeProvider(ProviderManifest<C> manifest, ProviderScope scope) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    @Override
    public final ProviderManifest<C> manifest() {
        return manifest;
    }

    @Override
    public final ProviderScope scope() {
        return scope;
    }

    @Override
    public final Optional<ProviderSignature> signature() {
        return Optional.empty();
    }

    @Override
    public final synchronized void activate(ProviderHost host, Duration timeout) {
        Objects.requireNonNull(host, "host");
        if (this.host != null) {
            return;
        }
        // Every fake keeps (or could keep) state in its data directory; a host that cannot give one is refused.
        if (!Files.isDirectory(host.dataDir()) || !Files.isWritable(host.dataDir())) {
            throw new ProviderException.ActivationFailed(host.self(),
                    new IOException("data directory is not a writable directory"));
        }
        onActivate(host);
        this.host = host;
    }

    @Override
    public final synchronized void deactivate(Duration timeout) {
        if (host == null) {
            return;
        }
        try {
            onDeactivate();
        } finally {
            host = null;
        }
    }

    /** Prepares the fake; a throw leaves it inactive. */
    protected void onActivate(ProviderHost host) {
    }

    /** Releases what {@link #onActivate} or the verbs created. */
    protected void onDeactivate() {
    }

    /**
     * The host, for a verb: throws {@code NotActive} outside the active period and {@code Cancelled} when the caller
     * is interrupted (keeping its flag, as contracts.md §0 asks).
     */
    protected final synchronized ProviderHost enter(String verb) {
        if (host == null) {
            throw new ProviderException.NotActive(ProviderRef.of(manifest, scope.level()));
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new ProviderException.Cancelled(verb);
        }
        return host;
    }

    /** The host while active, else empty (for background work that may outlive deactivation). */
    protected final synchronized Optional<ProviderHost> hostIfActive() {
        return Optional.ofNullable(host);
    }

    /** Publishes a family event about this provider through {@code host}. */
    protected final void publish(ProviderHost host, FamilyEventKind kind, Map<String, Object> payload) {
        host.publish(new ProviderHookEvent.FamilyEvent(UUID.randomUUID().toString(), now(host), host.self(), kind,
                payload));
    }

    /** The host clock's now. */
    protected static Instant now(ProviderHost host) {
        return host.clock().instant();
    }
}

package dev.donmai.providers.tck;

import dev.donmai.contracts.provider.ProviderHookEvent;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderLookup;
import dev.donmai.contracts.provider.ProviderRef;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * A {@link ProviderHost} that forwards every call to another host; override one method to build a host that
 * breaks one thing, e.g. an {@link ActivationFailure} with a data directory that is not a directory.
 */
public class ForwardingProviderHost implements ProviderHost {

    private final ProviderHost delegate;

    public ForwardingProviderHost(ProviderHost delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The host calls are forwarded to. */
    protected final ProviderHost delegate() {
        return delegate;
    }

    @Override
    public ProviderRef self() {
        return delegate.self();
    }

    @Override
    public Clock clock() {
        return delegate.clock();
    }

    @Override
    public System.Logger logger() {
        return delegate.logger();
    }

    @Override
    public Path dataDir() {
        return delegate.dataDir();
    }

    @Override
    public ScheduledExecutorService scheduler() {
        return delegate.scheduler();
    }

    @Override
    public ThreadFactory threadFactory() {
        return delegate.threadFactory();
    }

    @Override
    public ProviderLookup providers() {
        return delegate.providers();
    }

    @Override
    public void publish(ProviderHookEvent.FamilyEvent event) {
        delegate.publish(event);
    }
}

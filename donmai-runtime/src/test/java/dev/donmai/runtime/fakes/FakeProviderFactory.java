package dev.donmai.runtime.fakes;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderManifest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A fake factory: creates {@link FakeProvider}s scoped by their configuration, lets a test shape each one, and
 * remembers them.
 */
public final class FakeProviderFactory implements ProviderFactory {

    private final ProviderManifest<FakeCapabilities> manifest;
    private final UnaryOperator<FakeProvider> shape;
    private final List<FakeProvider> created = new CopyOnWriteArrayList<>();

    public FakeProviderFactory(ProviderManifest<FakeCapabilities> manifest, UnaryOperator<FakeProvider> shape) {
        this.manifest = manifest;
        this.shape = shape;
    }

    /** A sandbox factory for {@code id} at version 1.0.0 with {@link FakeCapabilities#sandbox()}. */
    public static FakeProviderFactory sandbox(String id) {
        return new FakeProviderFactory(manifest(id).build(), p -> p);
    }

    /** A manifest builder for a sandbox fake. */
    public static ProviderManifest.Builder<FakeCapabilities> manifest(String id) {
        return ProviderManifest.builder(id, "1.0.0", FakeCapabilities.sandbox()).factory(FakeProviderFactory.class);
    }

    /** This factory, shaping every provider it creates with {@code value}. */
    public FakeProviderFactory shaping(UnaryOperator<FakeProvider> value) {
        return new FakeProviderFactory(manifest, value);
    }

    @Override
    public ProviderManifest<FakeCapabilities> manifest() {
        return manifest;
    }

    @Override
    public FakeProvider create(ProviderConfig config) {
        FakeProvider provider = shape.apply(new FakeProvider(manifest, config.scope()));
        created.add(provider);
        return provider;
    }

    /** The providers created so far, in order. */
    public List<FakeProvider> created() {
        return List.copyOf(created);
    }

    /** The only provider created; fails when there is not exactly one. */
    public FakeProvider only() {
        if (created.size() != 1) {
            throw new AssertionError("expected one created provider, got " + created.size());
        }
        return created.get(0);
    }
}

package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.WireValue;

/** The three intelligence services an {@link IntelligenceFactory} can create. */
public enum IntelligenceKind implements WireValue {
    MEMORY_STORE(MemoryStore.class),
    EMBEDDER(Embedder.class),
    CODE_INTELLIGENCE(CodeIntelligence.class);

    private final Class<? extends AutoCloseable> serviceType;

    IntelligenceKind(Class<? extends AutoCloseable> serviceType) {
        this.serviceType = serviceType;
    }

    /** The service interface of this kind. */
    public Class<? extends AutoCloseable> serviceType() {
        return serviceType;
    }

    @Override
    public String wire() {
        return WireValue.kebab(this);
    }
}

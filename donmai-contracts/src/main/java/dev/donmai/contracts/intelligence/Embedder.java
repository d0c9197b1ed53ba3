package dev.donmai.contracts.intelligence;

import java.time.Duration;
import java.util.List;

/** Turns texts into vectors for the memory store. Deterministic for a given {@link #info()}. */
public interface Embedder extends AutoCloseable {

    /** What this embedder produces; pure and constant. */
    EmbedderInfo info();

    /**
     * Embeds {@code texts}: one unit-length vector of {@code info().dimensions()} per text, in order.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.Unavailable when a remote embedder cannot be reached
     */
    List<float[]> embed(List<String> texts, EmbedPurpose purpose, Duration timeout);

    /** Releases the embedder's resources; idempotent. */
    @Override
    default void close() {
    }
}

package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
/**
 * What an embedder produces.
 *
 * @param id         the embedder id and version tag (e.g. {@code hashing-v1}); a change means stale vectors
 * @param model      the model name ({@code hashing} for the lexical embedder)
 * @param dimensions vector length, &gt; 0
 * @param version    the implementation version
 * @param semantic   true only for embedders that capture meaning; {@code hashing} is lexical (false)
 */
public record EmbedderInfo(String id, String model, int dimensions, String version, boolean semantic) {

    public EmbedderInfo {
        FieldChecks.requireText(id, "id");
        FieldChecks.requireText(model, "model");
        FieldChecks.positive(dimensions, "dimensions");
        FieldChecks.requireText(version, "version");
    }
}

package dev.donmai.contracts.intelligence;

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
        Checks.text(id, "id");
        Checks.text(model, "model");
        Checks.positive(dimensions, "dimensions");
        Checks.text(version, "version");
    }
}

package dev.donmai.providers.git;

import java.util.Objects;

/**
 * What makes two workareas interchangeable (sessions.md §13): the canonical repository, the ref as asked, and the
 * toolchain key. Pool members are kept, counted and locked per key.
 *
 * @param repository   the canonical repository ({@link RepositoryLocation#canonical()})
 * @param ref          the ref as the spec names it
 * @param toolchainKey the toolchain key ({@code none} without demands)
 */
public record PoolKey(String repository, String ref, String toolchainKey) {

    public PoolKey {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(toolchainKey, "toolchainKey");
    }

    @Override
    public String toString() {
        return repository + "@" + ref + " [" + toolchainKey + "]";
    }
}

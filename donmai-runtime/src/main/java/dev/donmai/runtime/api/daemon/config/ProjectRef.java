package dev.donmai.runtime.api.daemon.config;

import java.util.Objects;
import java.util.Optional;

/**
 * A project as {@code host install --project} names it: {@code id} or {@code id=repoURL} (host.md §2 step 2).
 *
 * @param id         project id, non-blank
 * @param repository its repository URL, when given or resolved
 */
public record ProjectRef(String id, Optional<String> repository) {

    public ProjectRef {
        if (Objects.requireNonNull(id, "id").isBlank()) {
            throw new IllegalArgumentException("project id must not be blank");
        }
        Objects.requireNonNull(repository, "repository").ifPresent(r -> {
            if (r.isBlank()) {
                throw new IllegalArgumentException("repository must not be blank");
            }
        });
    }

    /** Parses {@code id} or {@code id=repoURL}, trimming both parts. */
    public static ProjectRef parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            return new ProjectRef(text.trim(), Optional.empty());
        }
        String repository = text.substring(equals + 1).trim();
        return new ProjectRef(text.substring(0, equals).trim(),
                repository.isEmpty() ? Optional.empty() : Optional.of(repository));
    }

    /** {@code id} or {@code id=repoURL}, as parsed. */
    @Override
    public String toString() {
        return repository.map(r -> id + "=" + r).orElse(id);
    }
}

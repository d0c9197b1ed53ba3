package dev.donmai.runtime.api.daemon.config;

import dev.donmai.contracts.provider.Secret;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code projects[].git.*}: how git authenticates for one v1 project.
 *
 * @param credentialHelper {@code git.credentialHelper}; kept as a {@link Secret} because a helper command line can
 *                         carry a token
 * @param sshKey           {@code git.sshKey}: path of the private key file
 */
public record ProjectGit(Optional<Secret> credentialHelper, Optional<Path> sshKey) {

    /** Neither set. */
    public static final ProjectGit NONE = new ProjectGit(Optional.empty(), Optional.empty());

    public ProjectGit {
        Objects.requireNonNull(credentialHelper, "credentialHelper");
        Objects.requireNonNull(sshKey, "sshKey");
    }
}

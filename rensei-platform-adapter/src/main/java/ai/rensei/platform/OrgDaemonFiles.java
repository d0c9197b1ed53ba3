package ai.rensei.platform;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one organisation's daemon files live under the state home (host.md §2 {@code install}/{@code uninstall},
 * §4 "Files"): the primary organisation uses {@code <home>/daemon.yaml} and the cached worker JWT
 * {@code <home>/daemon.jwt}; a satellite organisation {@code O} served by the same daemon process uses
 * {@code <home>/daemon-O.yaml} and {@code <home>/daemon-O.jwt}. Satellite slugs match {@code ^[a-z0-9][a-z0-9-]{0,62}$},
 * so a slug can never climb out of the state home. Pure path logic, in process (boundary.md A8).
 *
 * @param org    the satellite organisation, empty for the primary organisation
 * @param config the daemon configuration file
 * @param jwt    the cached worker JWT, deleted on every (re-)install so the next boot registers cleanly
 */
public record OrgDaemonFiles(Optional<String> org, Path config, Path jwt) {

    /** Satellite organisation slugs (host.md §2 "Satellite {@code --org O}"). */
    public static final Pattern ORG_SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");

    private static final Pattern SATELLITE_CONFIG = Pattern.compile("^daemon-([a-z0-9][a-z0-9-]{0,62})\\.yaml$");

    public OrgDaemonFiles {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(jwt, "jwt");
        org.ifPresent(OrgDaemonFiles::requireOrgSlug);
    }

    /** True when {@code value} is a valid satellite organisation slug. */
    public static boolean isOrgSlug(String value) {
        return value != null && ORG_SLUG.matcher(value).matches();
    }

    /** The primary organisation's files: {@code <home>/daemon.yaml} and {@code <home>/daemon.jwt}. */
    public static OrgDaemonFiles primary(Path home) {
        Path dir = home(home);
        return new OrgDaemonFiles(Optional.empty(), dir.resolve("daemon.yaml"), dir.resolve("daemon.jwt"));
    }

    /**
     * A satellite organisation's files: {@code <home>/daemon-<org>.yaml} and {@code <home>/daemon-<org>.jwt}.
     *
     * @throws IllegalArgumentException when {@code org} is not a valid slug (the CLI maps it to exit 2)
     */
    public static OrgDaemonFiles satellite(Path home, String org) {
        requireOrgSlug(org);
        Path dir = home(home);
        return new OrgDaemonFiles(Optional.of(org), dir.resolve("daemon-" + org + ".yaml"),
                dir.resolve("daemon-" + org + ".jwt"));
    }

    /**
     * The satellite organisations configured under {@code home}, in file-name order (the order the daemon reads them
     * after the primary file): every {@code daemon-<org>.yaml} regular file whose {@code <org>} is a valid slug. A
     * missing state home has no satellites.
     */
    public static List<OrgDaemonFiles> satellites(Path home) throws IOException {
        Path dir = home(home);
        List<OrgDaemonFiles> satellites = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return satellites;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "daemon-*.yaml")) {
            for (Path entry : entries) {
                Matcher matcher = SATELLITE_CONFIG.matcher(entry.getFileName().toString());
                if (matcher.matches() && Files.isRegularFile(entry)) {
                    satellites.add(satellite(dir, matcher.group(1)));
                }
            }
        }
        satellites.sort((a, b) -> a.config().getFileName().toString().compareTo(b.config().getFileName().toString()));
        return satellites;
    }

    /** True for the primary organisation's files. */
    public boolean isPrimary() {
        return org.isEmpty();
    }

    private static Path home(Path home) {
        return Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
    }

    private static void requireOrgSlug(String org) {
        if (!isOrgSlug(org)) {
            throw new IllegalArgumentException("invalid organisation slug (expected ^[a-z0-9][a-z0-9-]{0,62}$)");
        }
    }
}

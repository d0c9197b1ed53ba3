package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.runtime.api.daemon.config.Satellite;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The satellite files {@code <home>/daemon-<org>.yaml}, in file-name order. */
public final class SatelliteFiles {

    private static final Pattern NAME = Pattern.compile("^daemon-(.+)\\.yaml$");

    private SatelliteFiles() {
    }

    /** A satellite file found in the state home. */
    public record Found(String org, Path file) {
    }

    /** Every regular file named {@code daemon-<org>.yaml} with a valid org, except {@code primary}. */
    public static List<Found> list(Path home, Path primary) throws IOException {
        List<Found> found = new ArrayList<>();
        if (!Files.isDirectory(home)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(home, "daemon-*.yaml")) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && !file.toAbsolutePath().equals(primary.toAbsolutePath())) {
                    org(file).ifPresent(org -> found.add(new Found(org, file.toAbsolutePath())));
                }
            }
        }
        found.sort(java.util.Comparator.comparing(f -> f.file().getFileName().toString()));
        return found;
    }

    /** The org a satellite file name stands for, when it is one with a valid slug. */
    public static Optional<String> org(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches() || !Satellite.ORG.matcher(matcher.group(1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1));
    }
}

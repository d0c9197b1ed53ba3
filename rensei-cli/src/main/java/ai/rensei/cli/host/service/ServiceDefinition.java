package ai.rensei.cli.host.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the service runs (host.md §2): {@code <bin> host run [--config X]}, with {@code RENSEI_HOME} /
 * {@code JAVA_HOME} when they were set at install, as {@code User=} for a system unit.
 *
 * @param binary      the rensei executable, absolute
 * @param config      {@code --config} given to install, absolute
 * @param environment variables the service gets, in order
 * @param runAs       the user of a system unit
 */
public record ServiceDefinition(Path binary, Optional<Path> config, Map<String, String> environment,
        Optional<String> runAs) {

    public ServiceDefinition {
        Objects.requireNonNull(binary, "binary");
        if (!binary.isAbsolute()) {
            throw new IllegalArgumentException("binary must be absolute");
        }
        config = Objects.requireNonNull(config, "config").map(Path::toAbsolutePath);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        Objects.requireNonNull(runAs, "runAs");
    }

    /** The arguments after the binary: {@code host run}, then {@code --config X} when given. */
    public List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("host", "run"));
        config.ifPresent(c -> {
            args.add("--config");
            args.add(c.toString());
        });
        return List.copyOf(args);
    }

    /** The whole command, binary first. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(arguments());
        return List.copyOf(command);
    }

    /** The command as printed by {@code host install}: words joined by spaces, quoted when they contain one. */
    public String displayCommand() {
        List<String> words = new ArrayList<>();
        for (String word : command()) {
            words.add(word.contains(" ") ? "\"" + word + "\"" : word);
        }
        return String.join(" ", words);
    }
}

package dev.donmai.runtime.api.daemon.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A state home in a temporary directory with daemon.yaml files written from text. */
final class ConfigFixture {

    final Path home;
    final Path userHome;
    final Map<String, String> env;

    ConfigFixture(Path tmp, Map<String, String> env) {
        this.home = tmp.resolve("home");
        this.userHome = tmp.resolve("user");
        this.env = env;
    }

    ConfigFixture(Path tmp) {
        this(tmp, Map.of());
    }

    Path primary() {
        return home.resolve("daemon.yaml");
    }

    ConfigSource source() {
        return new ConfigSource(primary(), home, env, userHome, 4);
    }

    Path write(String name, String... lines) throws IOException {
        Files.createDirectories(home);
        Path file = home.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    Path primary(String... lines) throws IOException {
        return write("daemon.yaml", lines);
    }

    ConfigLoadResult.Loaded loaded() {
        ConfigLoadResult result = DaemonConfigLoader.load(source());
        if (result instanceof ConfigLoadResult.Invalid) {
            throw new AssertionError("expected a valid config, got " + rendered(((ConfigLoadResult.Invalid) result).errors()));
        }
        return (ConfigLoadResult.Loaded) result;
    }

    DaemonSettings settings() {
        return loaded().config().primary();
    }

    /** The rendered errors with the file's absolute path replaced by its name. */
    List<String> errors() {
        return errors(source());
    }

    List<String> errors(ConfigSource source) {
        ConfigLoadResult result = DaemonConfigLoader.load(source);
        assertThat(result).isInstanceOf(ConfigLoadResult.Invalid.class);
        return rendered(((ConfigLoadResult.Invalid) result).errors());
    }

    List<String> warnings() {
        return rendered(loaded().warnings());
    }

    List<String> rendered(List<ConfigProblem> problems) {
        return problems.stream().map(p -> p.render().replace(home.toAbsolutePath() + "/", ""))
                .collect(Collectors.toList());
    }
}

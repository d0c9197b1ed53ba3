package ai.rensei.cli.host.service;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import dev.donmai.runtime.spi.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes the unit or plist of a scope atomically, {@code 0644} (the service manager may read it as another user). */
final class ServiceFileWriter {

    private ServiceFileWriter() {
    }

    static void write(ServiceLocation location, ServiceDefinition definition, CliEnvironment env) {
        String text;
        if (location.scope() == ServiceScope.LAUNCHD) {
            Path logDir = ServiceLocation.launchdLogDir(env);
            createDirectories(logDir);
            text = LaunchdPlist.render(definition, logDir);
        } else {
            text = SystemdUnit.render(definition);
        }
        try {
            AtomicFiles.write(location.file(), text.getBytes(StandardCharsets.UTF_8), AtomicFiles.PUBLIC_READ);
        } catch (IOException e) {
            throw CliException.failure("cannot write " + location.file() + ": " + describe(e));
        }
    }

    private static void createDirectories(Path dir) {
        try {
            AtomicFiles.createPrivateDirectories(dir);
        } catch (IOException e) {
            throw CliException.failure("cannot create " + dir + ": " + describe(e));
        }
    }

    static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        if (name.equals("AccessDeniedException")) {
            return "permission denied";
        }
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
}

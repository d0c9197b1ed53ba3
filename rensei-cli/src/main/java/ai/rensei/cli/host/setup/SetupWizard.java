package ai.rensei.cli.host.setup;

import ai.rensei.cli.LocalSystem;
import ai.rensei.cli.host.service.ProjectSet;
import dev.donmai.runtime.api.daemon.config.DaemonSettings;
import dev.donmai.runtime.api.daemon.config.DaemonYamlEditor;
import dev.donmai.runtime.api.daemon.config.ProjectRef;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The first-run wizard (host.md §1.2 {@code host setup}, §4.1 "No file"): asks for the session cap and the projects
 * to serve, then replaces daemon.yaml once, atomically (0600), keeping every other key. The edits are made on a
 * private scratch copy first, so the real file goes from the old content to the new one in a single rename.
 */
public final class SetupWizard {

    /** What the wizard ended with. */
    public enum Outcome {
        /** The file was written. */
        WRITTEN,
        /** The answers matched the file; nothing was written. */
        UNCHANGED,
        /** Input ended before the last answer; nothing was written. */
        CANCELLED
    }

    private final LocalSystem.Terminal terminal;
    private final PrintWriter out;

    public SetupWizard(LocalSystem.Terminal terminal, PrintWriter out) {
        this.terminal = terminal;
        this.out = out;
    }

    /**
     * Runs the wizard on {@code file}, whose current settings give the defaults shown in brackets.
     *
     * @throws IOException when the file cannot be read or written
     */
    public Outcome run(Path file, DaemonSettings current) throws IOException {
        out.println("Rensei host setup: " + file);
        out.println("Press Enter to keep the value in brackets.");
        out.flush();
        Optional<Integer> sessions = askSessions(current.capacity().maxConcurrentSessions());
        if (sessions.isEmpty()) {
            return Outcome.CANCELLED;
        }
        List<String> saved = DaemonYamlEditor.savedProjectIds(file);
        Optional<List<ProjectRef>> projects = askProjects(saved);
        if (projects.isEmpty()) {
            return Outcome.CANCELLED;
        }
        return DaemonYamlEditor.writeSetup(file, sessions.get(), projects.get()) ? Outcome.WRITTEN : Outcome.UNCHANGED;
    }

    private Optional<Integer> askSessions(int current) {
        while (true) {
            Optional<String> line = terminal.readLine("Maximum concurrent sessions [" + current + "]: ");
            if (line.isEmpty()) {
                return Optional.empty();
            }
            String answer = line.get().trim();
            if (answer.isEmpty()) {
                return Optional.of(current);
            }
            if (answer.matches("\\d{1,6}")) {
                return Optional.of(Integer.parseInt(answer));
            }
            out.println("  enter a whole number, 0 or more");
            out.flush();
        }
    }

    private Optional<List<ProjectRef>> askProjects(List<String> saved) {
        String shown = saved.isEmpty() ? "none" : String.join(", ", saved);
        while (true) {
            Optional<String> line = terminal.readLine("Projects to serve, comma-separated id or id=repoURL [" + shown
                    + "]: ");
            if (line.isEmpty()) {
                return Optional.empty();
            }
            String answer = line.get().trim();
            if (answer.isEmpty()) {
                return Optional.of(saved.stream().map(id -> new ProjectRef(id, Optional.empty())).toList());
            }
            try {
                return Optional.of(ProjectSet.union(List.of(), ProjectSet.parse(List.of(answer))));
            } catch (RuntimeException invalid) {
                out.println("  every entry needs a project id");
                out.flush();
            }
        }
    }
}

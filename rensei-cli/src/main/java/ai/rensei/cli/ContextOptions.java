package ai.rensei.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code rensei [--org O] [--project P] <cmd>}: overrides the saved context for one call. Parsed now, consumed by
 * the commands that dispatch work.
 */
public final class ContextOptions {

    @Option(names = "--org", paramLabel = "<org>", description = "Organization for this call (overrides the saved context).")
    private String org;

    @Option(names = "--project", paramLabel = "<project>", description = "Project for this call (overrides the saved context).")
    private String project;

    public Optional<String> org() {
        return Optional.ofNullable(org);
    }

    public Optional<String> project() {
        return Optional.ofNullable(project);
    }
}

package dev.donmai.runtime.api.daemon.config;

import dev.donmai.runtime.internal.daemon.config.YamlDocumentEditor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The daemon.yaml edits of {@code host install} (host.md §2 step 3): set the allowlist to the project set and
 * optionally record the token, keeping every other key (unknown ones included; comments may be lost), written
 * through {@code AtomicFiles} (0600). The project set is the caller's: install computes the union with
 * {@link #savedProjectIds} itself.
 */
public final class DaemonYamlEditor {

    private DaemonYamlEditor() {
    }

    /**
     * Sets v1 {@code projects[]} to {@code projects} ({@code {id, repository?}}, other keys of entries that stay are
     * kept) or, in a v2 file, {@code enabledProjectIds} (+ a {@code repositories[]} entry for each URL not listed
     * yet, primary when its project has none); sets {@code orchestrator.authToken} when given.
     *
     * @return whether the file changed (an unchanged file is not rewritten)
     * @throws IOException when the file cannot be read, is not valid YAML (message {@code <file>:<line>:<col>:
     *                     yaml: <detail>}) or cannot be written
     */
    public static boolean writeProjects(Path file, List<ProjectRef> projects, Optional<String> authToken)
            throws IOException {
        YamlDocumentEditor editor = YamlDocumentEditor.open(file);
        editor.setProjects(projects);
        authToken.ifPresent(editor::setAuthToken);
        return editor.save();
    }

    /**
     * The edit of {@code host setup}: {@code capacity.maxConcurrentSessions} and the project set (as
     * {@link #writeProjects}), in one write.
     *
     * @return whether the file changed
     * @throws IOException as {@link #writeProjects}
     */
    public static boolean writeSetup(Path file, int maxConcurrentSessions, List<ProjectRef> projects)
            throws IOException {
        YamlDocumentEditor editor = YamlDocumentEditor.open(file);
        editor.setMaxConcurrentSessions(maxConcurrentSessions);
        editor.setProjects(projects);
        return editor.save();
    }

    /**
     * The same edit for a satellite {@code <home>/daemon-<org>.yaml} ({@code host install --org}), whose honoured
     * keys are {@code orchestrator.*} and the admission keys.
     *
     * @throws IllegalArgumentException when {@code file} is not named {@code daemon-<org>.yaml} with a valid org
     */
    public static void writeSatellite(Path file, List<ProjectRef> projects, Optional<String> authToken)
            throws IOException {
        YamlDocumentEditor.requireSatelliteName(file);
        writeProjects(file, projects, authToken);
    }

    /**
     * The project ids a file allows now (v1 {@code projects[].id}, v2 {@code enabledProjectIds}); empty when the
     * file is missing or unreadable.
     */
    public static List<String> savedProjectIds(Path file) {
        try {
            return List.copyOf(YamlDocumentEditor.open(file).projectIds());
        } catch (IOException e) {
            return List.of();
        }
    }
}

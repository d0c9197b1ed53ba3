package dev.donmai.runtime.internal.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a session's prompts (sessions.md §5). Templates {@code prompts/system.md} and {@code prompts/<workType>.md}
 * ({@code default} when there is no work type, or no template for it) come from the classpath; same-named files in
 * {@code <stateHome>/prompts/} override them. Substitution is {@code {{name}}} only: a known name renders its value (or
 * nothing), an unknown one renders nothing and adds a warning. {@code systemPromptOverride} replaces the system
 * template; a verbatim {@code prompt} replaces the task template and is not substituted. The system prompt always
 * ends with the {@link #RESULT_CONTRACT}, so no template or override can drop it.
 */
final class PromptRenderer {

    /** The names a template may use. */
    static final Set<String> VARIABLES = Set.of("sessionId", "title", "body", "issueIdentifier", "repository", "ref",
            "branch", "workType", "promptContext", "memoryBlock", "observationContract");

    /** Appended to every system prompt. */
    static final String RESULT_CONTRACT = """
            ## Result contract

            When you are done, report the outcome in one of two ways:

            1. Preferred: write `.agent/turn-result.json` (schema version 1), for example
               `{"schemaVersion": 1, "verdict": "passed", "summary": "what you did", "commitSha": "<commit>"}`.
               `verdict` is `passed`, `failed` or `blocked`; `summary` is required; `blockedReason`, `commitSha`,
               `pullRequestUrl` and `repositories` are optional.
            2. Otherwise, end your final message with `WORK_RESULT:passed`, `WORK_RESULT:failed` or
               `WORK_RESULT:blocked`.

            `passed` means the task is done and checked; `failed` means you could not do it; `blocked` means you need
            something you do not have (say what in `blockedReason`).
            """;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
    private static final Pattern SAFE_NAME = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

    /**
     * Rendered prompts.
     *
     * @param system   the system prompt, ending with the result contract
     * @param task     the task prompt
     * @param warnings {@code prompt-unknown-variable: <name>}, {@code prompt-template-missing: <workType>}
     */
    record Rendered(String system, String task, List<String> warnings) {
        Rendered {
            warnings = List.copyOf(warnings);
        }
    }

    /** What a session asks to render. */
    record Request(Map<String, String> values, String workType, String systemPromptOverride, String verbatimPrompt) {
    }

    /** Rendering could not happen (a template unreadable or missing); the session fails with {@code prompt-render}. */
    static final class RenderException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RenderException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path overrideDir;
    private final ClassLoader classLoader;

    PromptRenderer(Path stateHome, ClassLoader classLoader) {
        this.overrideDir = stateHome.resolve("prompts");
        this.classLoader = classLoader;
    }

    Rendered render(Request request) {
        List<String> warnings = new ArrayList<>();
        String systemTemplate = request.systemPromptOverride() != null ? request.systemPromptOverride()
                : template("system").orElseThrow(() -> new RenderException("no prompts/system.md template", null));
        String system = tidy(substitute(systemTemplate, request.values(), warnings));
        system = system.isEmpty() ? RESULT_CONTRACT : system + "\n\n" + RESULT_CONTRACT;

        String task;
        if (request.verbatimPrompt() != null) {
            task = request.verbatimPrompt();
        } else {
            String workType = request.workType();
            Optional<String> template = Optional.empty();
            if (workType != null && SAFE_NAME.matcher(workType).matches()) {
                template = template(workType);
            }
            if (template.isEmpty()) {
                if (workType != null) {
                    warnings.add("prompt-template-missing: " + workType);
                }
                template = template("default");
            }
            task = tidy(substitute(template.orElseThrow(
                    () -> new RenderException("no prompts/default.md template", null)), request.values(), warnings));
        }
        return new Rendered(system, task, warnings);
    }

    /** Writes the rendered prompts to {@code .agent/system-prompt.md} and {@code .agent/prompt.md}. */
    static void write(Rendered rendered, Path agentDir) {
        try {
            Files.createDirectories(agentDir);
            Files.writeString(agentDir.resolve("system-prompt.md"), rendered.system(), StandardCharsets.UTF_8);
            Files.writeString(agentDir.resolve("prompt.md"), rendered.task(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RenderException("cannot write the prompt files: " + e.getMessage(), e);
        }
    }

    private Optional<String> template(String name) {
        Path override = overrideDir.resolve(name + ".md");
        try {
            if (Files.isRegularFile(override)) {
                return Optional.of(Files.readString(override, StandardCharsets.UTF_8));
            }
            try (InputStream in = classLoader.getResourceAsStream("prompts/" + name + ".md")) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RenderException("cannot read prompt template " + name + ".md: " + e.getMessage(), e);
        }
    }

    static String substitute(String template, Map<String, String> values, List<String> warnings) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (VARIABLES.contains(name)) {
                value = values.getOrDefault(name, "");
                value = value == null ? "" : value;
            } else {
                value = "";
                String warning = "prompt-unknown-variable: " + name;
                if (!warnings.contains(warning)) {
                    warnings.add(warning);
                }
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Empty placeholders leave blank runs; keep at most one blank line and no trailing space. */
    private static String tidy(String text) {
        return BLANK_RUNS.matcher(text).replaceAll("\n\n").strip();
    }
}

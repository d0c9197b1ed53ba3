package dev.donmai.runtime.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptRendererTest {

    @TempDir
    Path stateHome;

    private final Map<String, String> values = Map.of("sessionId", "s-1", "title", "Fix the bug", "body",
            "It crashes.", "repository", "/src/repo", "ref", "main", "branch", "agent/s-1");

    private PromptRenderer renderer() {
        return new PromptRenderer(stateHome, PromptRendererTest.class.getClassLoader());
    }

    @Test
    void bundledTemplatesRenderAndTheSystemPromptEndsWithTheResultContract() {
        PromptRenderer.Rendered r = renderer().render(new PromptRenderer.Request(values, null, null, null));

        assertThat(r.system()).contains("Session: s-1").contains("/src/repo (ref main)").contains("agent/s-1")
                .endsWith(PromptRenderer.RESULT_CONTRACT).doesNotContain("{{");
        assertThat(r.task()).isEqualTo("# Fix the bug\n\nIt crashes.");
        assertThat(r.warnings()).isEmpty();
        assertThat(PromptRenderer.RESULT_CONTRACT).contains(".agent/turn-result.json").contains("WORK_RESULT:");
    }

    @Test
    void unknownNamesRenderEmptyWithOneWarningEach() throws IOException {
        write("default.md", "{{title}} {{nope}} {{ nope }} {{other}}!");

        PromptRenderer.Rendered r = renderer().render(new PromptRenderer.Request(values, null, null, null));

        assertThat(r.task()).isEqualTo("Fix the bug   !");
        assertThat(r.warnings()).containsExactly("prompt-unknown-variable: nope", "prompt-unknown-variable: other");
    }

    @Test
    void stateHomeOverridesAndWorkTypeTemplates() throws IOException {
        write("system.md", "SYSTEM for {{sessionId}}");
        write("review.md", "Review {{title}} on {{branch}}");

        PromptRenderer.Rendered r = renderer().render(new PromptRenderer.Request(values, "review", null, null));

        assertThat(r.system()).startsWith("SYSTEM for s-1\n\n## Result contract");
        assertThat(r.task()).isEqualTo("Review Fix the bug on agent/s-1");
    }

    @Test
    void aWorkTypeWithoutTemplateFallsBackToDefault() {
        PromptRenderer.Rendered r = renderer().render(new PromptRenderer.Request(values, "../etc", null, null));

        assertThat(r.task()).startsWith("# Fix the bug");
        assertThat(r.warnings()).containsExactly("prompt-template-missing: ../etc");
    }

    @Test
    void overrideReplacesTheSystemTemplateAndVerbatimPromptIsNotSubstituted() {
        PromptRenderer.Rendered r = renderer().render(new PromptRenderer.Request(values, null,
                "Custom {{title}}", "Do {{title}} exactly"));

        assertThat(r.system()).isEqualTo("Custom Fix the bug\n\n" + PromptRenderer.RESULT_CONTRACT);
        assertThat(r.task()).isEqualTo("Do {{title}} exactly");
    }

    @Test
    void writesBothFiles() throws IOException {
        PromptRenderer.Rendered r = renderer().render(new PromptRenderer.Request(values, null, null, null));
        Path agent = stateHome.resolve("wa/.agent");

        PromptRenderer.write(r, agent);

        assertThat(Files.readString(agent.resolve("system-prompt.md"))).isEqualTo(r.system());
        assertThat(Files.readString(agent.resolve("prompt.md"))).isEqualTo(r.task());
    }

    @Test
    void aMissingBundledTemplateIsARenderFailure() {
        PromptRenderer bare = new PromptRenderer(stateHome, new ClassLoader(null) {
        });

        assertThatThrownBy(() -> bare.render(new PromptRenderer.Request(values, null, null, null)))
                .isInstanceOf(PromptRenderer.RenderException.class);
    }

    private void write(String name, String content) throws IOException {
        Files.createDirectories(stateHome.resolve("prompts"));
        Files.writeString(stateHome.resolve("prompts").resolve(name), content);
    }
}

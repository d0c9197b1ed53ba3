package dev.donmai.providers.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.runtime.spi.harness.LineParser;
import dev.donmai.runtime.spi.harness.ParseResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines at the edges of each native format. */
class ParsersTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void anythingButAJsonObjectWithATypeIsUnparsed() {
        for (LineParser parser : List.of(new ClaudeStreamParser(), new CodexExecParser(), new OpencodeRunParser(),
                new CanonicalEventParser())) {
            for (String line : List.of("", "plain text", "[1,2]", "{\"no\":\"type\"}", "{broken", "42")) {
                assertThat(parser.parse(line, T)).as("%s on %s", parser.getClass().getSimpleName(), line)
                        .isInstanceOf(ParseResult.Unparsed.class);
            }
        }
    }

    @Test
    void unknownNativeTypesBecomeNotices() {
        ParseResult claude = new ClaudeStreamParser().parse("{\"type\":\"something_new\",\"x\":1}", T);
        assertThat(events(claude)).singleElement().isInstanceOfSatisfying(AgentEvent.SystemNotice.class,
                n -> assertThat(n.subtype()).isEqualTo("something_new"));
        ParseResult codex = new CodexExecParser().parse("{\"type\":\"thread.renamed\"}", T);
        assertThat(events(codex)).singleElement().isInstanceOf(AgentEvent.SystemNotice.class);
    }

    @Test
    void canonicalLinesThatBreakTheRecordRulesAreUnparsed() {
        CanonicalEventParser parser = new CanonicalEventParser();
        assertThat(parser.parse("{\"kind\":\"assistant_text\",\"text\":\"\"}", T))
                .isInstanceOf(ParseResult.Unparsed.class);
        assertThat(parser.parse("{\"kind\":\"system\"}", T)).isInstanceOf(ParseResult.Unparsed.class);
        assertThat(parser.parse("{\"kind\":\"martian\"}", T)).isInstanceOf(ParseResult.Unparsed.class);
        assertThat(events(parser.parse("{\"kind\":\"tool_progress\",\"toolUseId\":\"t\",\"elapsedMs\":1500}", T)))
                .singleElement().isInstanceOfSatisfying(AgentEvent.ToolProgress.class,
                        p -> assertThat(p.elapsed()).hasMillis(1500));
    }

    @Test
    void claudeDropsStreamEventsAndThinking() {
        ClaudeStreamParser parser = new ClaudeStreamParser();
        assertThat(events(parser.parse("{\"type\":\"stream_event\",\"event\":{}}", T))).isEmpty();
        assertThat(events(parser.parse("{\"type\":\"assistant\",\"message\":{\"id\":\"m\",\"content\":"
                + "[{\"type\":\"thinking\",\"thinking\":\"hmm\"}]}}", T))).isEmpty();
        assertThat(events(parser.parse("{\"type\":\"user\",\"message\":{\"content\":\"echoed prompt\"}}", T)))
                .isEmpty();
    }

    @Test
    void claudeResultNeedsSubtypeSuccessAndNoError() {
        ClaudeStreamParser parser = new ClaudeStreamParser();
        AgentEvent.Result maxTurns = (AgentEvent.Result) events(parser.parse(
                "{\"type\":\"result\",\"subtype\":\"error_max_turns\",\"is_error\":false}", T)).get(0);
        assertThat(maxTurns.success()).isFalse();
        AgentEvent.Result apiError = (AgentEvent.Result) events(new ClaudeStreamParser().parse(
                "{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":true,\"result\":\"API Error: 500\"}", T))
                .get(0);
        assertThat(apiError.success()).isFalse();
    }

    @Test
    void opencodeReportsNothingAtEofWithoutAFinishedStep() {
        OpencodeRunParser parser = new OpencodeRunParser();
        parser.parse("{\"type\":\"text\",\"sessionID\":\"s\",\"part\":{\"text\":\"hi\"}}", T);
        assertThat(parser.onEnd(0, T)).isEmpty();
        OpencodeRunParser failed = new OpencodeRunParser();
        failed.parse("{\"type\":\"step_finish\",\"sessionID\":\"s\",\"part\":{\"reason\":\"stop\"}}", T);
        assertThat(failed.onEnd(1, T)).singleElement().isInstanceOfSatisfying(AgentEvent.Result.class,
                r -> assertThat(r.success()).isFalse());
    }

    private static List<AgentEvent> events(ParseResult result) {
        return ((ParseResult.Parsed) result).events();
    }
}

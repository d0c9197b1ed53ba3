package dev.donmai.contracts.session;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.json;
import static dev.donmai.contracts.provider.FieldChecks.nonNegative;
import static dev.donmai.contracts.provider.FieldChecks.require;
import static dev.donmai.contracts.provider.FieldChecks.requireText;
import static dev.donmai.contracts.provider.FieldChecks.textList;

import dev.donmai.contracts.provider.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One normalised event of a harness's stream ({@code AgentSession.events()}), harness-neutral. Each event carries
 * {@link #observedAt()} and has a {@link #kind()}, its name in {@code .agent/events.jsonl} (sessions.md §7).
 *
 * <p>Stream rules, on success and failure alike: (1) the first event is the only {@link Init}; (2) an
 * {@link AssistantText} is one complete, non-empty message, never a token delta; (3) exactly one {@link Terminal},
 * last, after which {@code next} returns empty at once and {@code isFinished()} is true; (4) a native stream that
 * ends without a terminal yields {@code Error(code "silent-exit")}; (5) after {@code stop} the stream still ends with
 * one terminal within {@code grace} + 5 s; (6) a non-fatal provider error is {@code SystemNotice("provider_error")},
 * never {@link Error}; (7) a {@link ToolResult} with a {@code toolUseId} follows the {@link ToolUse} with that id.
 */
public sealed interface AgentEvent {

    /** When the adapter observed the event. */
    Instant observedAt();

    /** The event's {@code .agent/events.jsonl} kind, e.g. {@code tool_use}. */
    String kind();

    /** True for the one {@link Terminal} event that ends a stream. */
    default boolean isTerminal() {
        return this instanceof Terminal;
    }

    /**
     * The session started on the harness side; always the first event. {@code synthesized} when the normaliser made
     * it because the harness sent none first.
     *
     * @param observedAt when the adapter observed the event
     * @param nativeSessionId the harness's own session id
     * @param model           the model the harness reports
     * @param tools           tool names the harness offers
     * @param cwd             the harness's working directory
     * @param synthesized     true when made by the normaliser
     */
    record Init(Instant observedAt, @Nullable String nativeSessionId, @Nullable String model, List<String> tools,
            @Nullable String cwd, boolean synthesized) implements AgentEvent {
        /** The events.jsonl kind. */
        public static final String KIND = "init";

        public Init {
            require(observedAt, "observedAt");
            tools = textList(tools, "tools");
        }

        /** An Init the normaliser made because the harness sent none first. */
        public static Init synthesized(Instant observedAt) {
            return new Init(observedAt, null, null, List.of(), null, true);
        }

        @Override
        public String kind() {
            return KIND;
        }
    }

    /**
     * A harness system message that is not a result: status, a non-fatal provider error ({@value #PROVIDER_ERROR}),
     * a second Init ({@value #DUPLICATE_INIT}), an unparseable line ({@value #UNPARSED}), and so on.
     *
     * @param observedAt when the adapter observed the event
     * @param subtype what kind of notice
     * @param message human-readable text
     * @param data    opaque detail: the native JSON text, or for {@value #UNPARSED} the first 4 KiB of the line
     * @param costUsd cumulative session cost so far, in USD
     * @param usage   cumulative usage so far
     */
    record SystemNotice(Instant observedAt, String subtype, @Nullable String message, @Nullable String data,
            @Nullable Double costUsd, @Nullable Usage usage) implements AgentEvent {
        /** The events.jsonl kind. */
        public static final String KIND = "system";
        /** A non-fatal provider error (stream rule 6). */
        public static final String PROVIDER_ERROR = "provider_error";
        /** A second Init, demoted by the normaliser. */
        public static final String DUPLICATE_INIT = "duplicate_init";
        /** A line the adapter could not parse. */
        public static final String UNPARSED = "unparsed";

        public SystemNotice {
            require(observedAt, "observedAt");
            requireText(subtype, "subtype");
            nonNegative(costUsd, "costUsd");
        }

        @Override
        public String kind() {
            return KIND;
        }
    }

    /**
     * One complete assistant message (never a token delta).
     *
     * @param observedAt when the adapter observed the event
     * @param text            the message, non-empty
     * @param messageId       the harness's message id
     * @param parentToolUseId the tool use (e.g. a sub-agent) this message belongs to
     */
    record AssistantText(Instant observedAt, String text, @Nullable String messageId,
            @Nullable String parentToolUseId) implements AgentEvent {
        /** The events.jsonl kind. */
        public static final String KIND = "assistant_text";

        public AssistantText {
            require(observedAt, "observedAt");
            check(!require(text, "text").isEmpty(), "text");
        }

        @Override
        public String kind() {
            return KIND;
        }
    }

    /**
     * The agent called a tool.
     *
     * @param observedAt when the adapter observed the event
     * @param toolUseId       id pairing this call with its {@link ToolResult}
     * @param toolName        the tool
     * @param input           the tool input (JSON object)
     * @param toolCategory    a harness-neutral category, e.g. {@code shell}, {@code edit}
     * @param parentToolUseId the enclosing tool use, for sub-agent calls
     */
    record ToolUse(Instant observedAt, @Nullable String toolUseId, String toolName, Map<String, Object> input,
            @Nullable String toolCategory, @Nullable String parentToolUseId) implements AgentEvent {
        /** The events.jsonl kind. */
        public static final String KIND = "tool_use";

        public ToolUse {
            require(observedAt, "observedAt");
            requireText(toolName, "toolName");
            input = json(input, "input");
        }

        @Override
        public String kind() {
            return KIND;
        }
    }

    /**
     * A tool call finished.
     *
     * @param observedAt when the adapter observed the event
     * @param toolUseId       the call this answers
     * @param toolName        the tool
     * @param content         the tool output (the log keeps at most 64 KiB)
     * @param isError         true when the tool reported an error
     * @param parentToolUseId the enclosing tool use, for sub-agent calls
     */
    record ToolResult(Instant observedAt, @Nullable String toolUseId, @Nullable String toolName, String content,
            boolean isError, @Nullable String parentToolUseId) implements AgentEvent {
        /** The events.jsonl kind. */
        public static final String KIND = "tool_result";

        public ToolResult {
            require(observedAt, "observedAt");
            require(content, "content");
        }

        @Override
        public String kind() {
            return KIND;
        }
    }

    /**
     * A long-running tool call is still working.
     *
     * @param observedAt when the adapter observed the event
     * @param toolUseId the call
     * @param toolName  the tool
     * @param message   progress text
     * @param elapsed   time since the call started
     */
    record ToolProgress(Instant observedAt, @Nullable String toolUseId, @Nullable String toolName,
            @Nullable String message, @Nullable Duration elapsed) implements AgentEvent {
        /** The events.jsonl kind. */
        public static final String KIND = "tool_progress";

        public ToolProgress {
            require(observedAt, "observedAt");
            check(elapsed == null || !elapsed.isNegative(), "elapsed");
        }

        @Override
        public String kind() {
            return KIND;
        }
    }

    /**
     * Token use of one model call, or an aggregate over several (optional in 0.1).
     *
     * @param observedAt when the adapter observed the event
     * @param model             the model called
     * @param inputTokens       prompt tokens
     * @param outputTokens      generated tokens
     * @param cachedInputTokens prompt tokens served from cache
     * @param observedCostUsd   the cost the provider reported, in USD
     * @param origin            one call ({@code provider}) or an aggregate
     */
    record LlmCall(Instant observedAt, @Nullable String model, long inputTokens, long outputTokens,
            long cachedInputTokens, @Nullable Double observedCostUsd, LlmCallOrigin origin) implements AgentEvent {
        /** The events.jsonl kind. */
        public static final String KIND = "llm_call";

        public LlmCall {
            require(observedAt, "observedAt");
            nonNegative(inputTokens, "inputTokens");
            nonNegative(outputTokens, "outputTokens");
            nonNegative(cachedInputTokens, "cachedInputTokens");
            nonNegative(observedCostUsd, "observedCostUsd");
            require(origin, "origin");
        }

        @Override
        public String kind() {
            return KIND;
        }
    }

    /** The one event that ends a stream: {@link Result} or {@link Error}. */
    sealed interface Terminal extends AgentEvent {
    }

    /**
     * The harness reported an end. {@code success} decides {@code completed} versus {@code failed}
     * ({@code FailureHarness}); the verdict is resolved separately.
     *
     * @param observedAt when the adapter observed the event
     * @param success    true when the harness ended its turn successfully
     * @param subtype    the harness's result subtype
     * @param text       the final text (marker source)
     * @param errors     error messages the harness reported
     * @param costUsd    total cost in USD, as the harness reported it
     * @param usage      total usage, as the harness reported it
     * @param numTurns   number of agent turns
     * @param durationMs harness-reported duration in milliseconds (wire name kept)
     */
    record Result(Instant observedAt, boolean success, @Nullable String subtype, @Nullable String text,
            List<String> errors, @Nullable Double costUsd, @Nullable Usage usage, @Nullable Integer numTurns,
            @Nullable Long durationMs) implements Terminal {
        /** The events.jsonl kind. */
        public static final String KIND = "result";

        public Result {
            require(observedAt, "observedAt");
            errors = textList(errors, "errors");
            nonNegative(costUsd, "costUsd");
            nonNegative(numTurns, "numTurns");
            nonNegative(durationMs, "durationMs");
        }

        /** A successful result with only a final text. */
        public static Result success(Instant observedAt, @Nullable String text) {
            return new Result(observedAt, true, null, text, List.of(), null, null, null, null);
        }

        @Override
        public String kind() {
            return KIND;
        }
    }

    /**
     * The stream ended abnormally. Normaliser codes are the constants below; adapter codes pass through.
     *
     * @param observedAt when the adapter observed the event
     * @param code      what went wrong, e.g. {@value #SILENT_EXIT}
     * @param message   human-readable detail (e.g. the stderr tail, or the stop mode for {@value #KILLED})
     * @param exitCode  the process exit code, when known
     * @param retryable true when the same work may succeed if run again
     */
    record Error(Instant observedAt, String code, String message, @Nullable Integer exitCode, boolean retryable)
            implements Terminal {
        /** The events.jsonl kind. */
        public static final String KIND = "error";
        /** No event was seen and the process exited non-zero. */
        public static final String SPAWN_FAILED = "spawn-failed";
        /** The native stream ended without a terminal event. */
        public static final String SILENT_EXIT = "silent-exit";
        /** 100 unparseable lines in a row. */
        public static final String STREAM_PROTOCOL_ERROR = "stream-protocol-error";
        /** Stopped by StopSession before a terminal event. */
        public static final String KILLED = "killed";
        /** The harness reported a fatal error. */
        public static final String HARNESS_ERROR = "harness-error";

        public Error {
            require(observedAt, "observedAt");
            requireText(code, "code");
            require(message, "message");
        }

        @Override
        public String kind() {
            return KIND;
        }
    }
}

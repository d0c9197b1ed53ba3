package dev.donmai.providers.tck;

import dev.donmai.contracts.session.AgentEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a recorded {@code AgentSession} event stream against the stream rules of contracts.md §4 that a finished
 * recording can show on its own: 1 (one {@code Init}, first), 2 (complete texts), 3 (exactly one terminal, last),
 * 6 (a non-fatal error is a notice, so an {@code Error} is only ever the terminal) and 7 (a tool result follows its
 * tool use). Rule 3's quiet tail is {@link AgentStreamReader#checkQuietTail()}; rules 4 and 5 depend on the
 * scenario and are checked by {@code HarnessProviderContractTest}.
 */
public final class StreamRules {

    private StreamRules() {
    }

    /** The violations found, each starting with its rule number; empty when the stream obeys the rules. */
    public static List<String> violations(List<AgentEvent> events) {
        List<String> problems = new ArrayList<>();
        if (events.isEmpty()) {
            problems.add("rule 1: the stream is empty; its first event must be Init");
            problems.add("rule 3: the stream has no terminal event");
            return problems;
        }
        checkInit(events, problems);
        checkTexts(events, problems);
        checkTerminal(events, problems);
        checkToolPairs(events, problems);
        return problems;
    }

    private static void checkInit(List<AgentEvent> events, List<String> problems) {
        if (!(events.get(0) instanceof AgentEvent.Init)) {
            problems.add("rule 1: the first event is " + events.get(0).kind() + ", not init");
        }
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i) instanceof AgentEvent.Init) {
                problems.add("rule 1: a second init at position " + i + " (it must become a duplicate_init notice)");
            }
        }
    }

    private static void checkTexts(List<AgentEvent> events, List<String> problems) {
        Set<String> messageIds = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof AgentEvent.AssistantText text) {
                if (text.text().isBlank()) {
                    problems.add("rule 2: assistant_text at position " + i + " is blank");
                }
                // One message is one event: a message id seen twice means deltas of one message were streamed.
                if (text.messageId() != null && !messageIds.add(text.messageId())) {
                    problems.add("rule 2: assistant_text message " + text.messageId()
                            + " arrived in more than one event (token deltas)");
                }
            }
        }
    }

    private static void checkTerminal(List<AgentEvent> events, List<String> problems) {
        int terminals = 0;
        for (int i = 0; i < events.size(); i++) {
            AgentEvent event = events.get(i);
            if (event.isTerminal()) {
                terminals++;
                if (i != events.size() - 1) {
                    problems.add("rule 3: terminal " + event.kind() + " at position " + i + " is not last");
                    if (event instanceof AgentEvent.Error) {
                        problems.add("rule 6: an error at position " + i + " did not end the stream; a non-fatal "
                                + "error must be SystemNotice(provider_error)");
                    }
                }
            }
        }
        if (terminals != 1) {
            problems.add("rule 3: " + terminals + " terminal events; exactly one is required");
        }
    }

    private static void checkToolPairs(List<AgentEvent> events, List<String> problems) {
        Set<String> toolUses = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            AgentEvent event = events.get(i);
            if (event instanceof AgentEvent.ToolUse use && use.toolUseId() != null) {
                toolUses.add(use.toolUseId());
            } else if (event instanceof AgentEvent.ToolResult result && result.toolUseId() != null
                    && !toolUses.contains(result.toolUseId())) {
                problems.add("rule 7: tool_result " + result.toolUseId() + " at position " + i
                        + " has no earlier tool_use with that id");
            }
        }
    }
}

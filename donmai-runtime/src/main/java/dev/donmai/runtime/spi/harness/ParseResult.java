package dev.donmai.runtime.spi.harness;

import dev.donmai.contracts.session.AgentEvent;
import java.util.List;

/** What a {@link LineParser} made of one native line. */
public sealed interface ParseResult {

    /** The line was understood; {@code events} may be empty (a line the mapping drops, e.g. {@code thinking}). */
    record Parsed(List<AgentEvent> events) implements ParseResult {
        public Parsed {
            events = List.copyOf(events);
        }
    }

    /** The line is not in the harness's format; the normaliser turns it into an {@code unparsed} notice. */
    record Unparsed() implements ParseResult {
    }

    /** A line mapped to these events. */
    static ParseResult of(List<AgentEvent> events) {
        return new Parsed(events);
    }

    /** A line mapped to one event. */
    static ParseResult of(AgentEvent event) {
        return new Parsed(List.of(event));
    }

    /** A line understood and dropped. */
    static ParseResult dropped() {
        return new Parsed(List.of());
    }

    /** A line not understood. */
    static ParseResult unparsed() {
        return new Unparsed();
    }
}

package dev.donmai.providers.tck;

import dev.donmai.contracts.provider.PullStream;
import dev.donmai.contracts.session.AgentEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Drains an {@code AgentSession} event stream the way the runtime does, with bounded waits only: every wait is a
 * {@link PullStream#next(Duration)} with a short poll, inside an overall deadline, so a stream that stalls fails
 * the test instead of hanging it. It records what arrived and how the stream behaved while waiting, for
 * {@link StreamRules}.
 */
public final class AgentStreamReader {

    /** One poll of {@code next}; short, so "nothing yet" is observed between slow events. */
    public static final Duration POLL = Duration.ofMillis(50);
    /** How long {@code next} may take to say "finished" after the terminal (rule 3: "at once"). */
    public static final Duration AT_ONCE = Duration.ofMillis(500);

    private final PullStream<AgentEvent> stream;
    private final List<AgentEvent> events = new ArrayList<>();
    private final List<Long> arrivalNanos = new ArrayList<>();
    private int emptyPollsWhileOpen;
    private boolean endedWithoutTerminal;
    private Long terminalNanos;

    public AgentStreamReader(PullStream<AgentEvent> stream) {
        this.stream = Objects.requireNonNull(stream, "stream");
    }

    /**
     * Reads until an event matches {@code until}, the terminal arrives, or the stream says it is finished; gives up
     * at {@code within}.
     *
     * @return the matching event, if one arrived
     */
    public Optional<AgentEvent> readUntil(Predicate<AgentEvent> until, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && terminalNanos == null && !endedWithoutTerminal) {
            Optional<AgentEvent> next = stream.next(POLL);
            if (next.isPresent()) {
                AgentEvent event = next.get();
                events.add(event);
                arrivalNanos.add(System.nanoTime());
                if (event.isTerminal()) {
                    terminalNanos = System.nanoTime();
                }
                if (until.test(event)) {
                    return next;
                }
            } else if (stream.isFinished()) {
                endedWithoutTerminal = true;
            } else {
                emptyPollsWhileOpen++;
            }
        }
        return Optional.empty();
    }

    /** Reads until the terminal event or the end of the stream, giving up at {@code within}. */
    public Optional<AgentEvent> readToEnd(Duration within) {
        return readUntil(AgentEvent::isTerminal, within);
    }

    /**
     * After the terminal: one more {@code next} must return empty at once and {@code isFinished()} must be true
     * (rule 3). Returns the violations found, empty when the tail is quiet.
     */
    public List<String> checkQuietTail() {
        List<String> problems = new ArrayList<>();
        if (terminalNanos == null) {
            problems.add("rule 3: no terminal event arrived" + (endedWithoutTerminal
                    ? " (the stream finished without one)" : " before the deadline"));
            return problems;
        }
        long start = System.nanoTime();
        Optional<AgentEvent> extra = stream.next(Duration.ofSeconds(2));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (extra.isPresent()) {
            problems.add("rule 3: an event followed the terminal: " + extra.get().kind());
        } else if (took.compareTo(AT_ONCE) > 0) {
            problems.add("rule 3: next() after the terminal waited " + took.toMillis() + " ms instead of "
                    + "returning empty at once");
        }
        if (!stream.isFinished()) {
            problems.add("rule 3: isFinished() is false after the terminal");
        }
        return problems;
    }

    /** Every event read so far, in arrival order. */
    public List<AgentEvent> events() {
        return List.copyOf(events);
    }

    /** The terminal event, once read. */
    public Optional<AgentEvent.Terminal> terminal() {
        return events.stream().filter(AgentEvent::isTerminal).map(AgentEvent.Terminal.class::cast).findFirst();
    }

    /** When the terminal arrived ({@link System#nanoTime()}), once it did. */
    public Optional<Long> terminalArrivalNanos() {
        return Optional.ofNullable(terminalNanos);
    }

    /** When the event at {@code index} arrived ({@link System#nanoTime()}). */
    public long arrivalNanos(int index) {
        return arrivalNanos.get(index);
    }

    /** Polls that returned nothing while the stream was still open: evidence that events arrive as they happen. */
    public int emptyPollsWhileOpen() {
        return emptyPollsWhileOpen;
    }

    /** True when the stream reported finished without ever delivering a terminal. */
    public boolean endedWithoutTerminal() {
        return endedWithoutTerminal;
    }
}

package ai.rensei.cli.host;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * {@code host logs -F} after the last lines were printed: every {@value #POLL_MILLIS} ms prints what was appended;
 * a file truncated in place is read again from its start, and a file rotated away ({@code daemon.log} renamed to
 * {@code daemon.log.1} and recreated) is read to its end and then replaced by the new one. Runs until the stop
 * signal is raised.
 */
final class LogFollower {

    static final long POLL_MILLIS = 250;

    private final Path file;
    private final Consumer<String> sink;
    private final StopSignal stop;

    LogFollower(Path file, Consumer<String> sink, StopSignal stop) {
        this.file = file;
        this.sink = sink;
        this.stop = stop;
    }

    /** Follows from {@code reader} (already positioned) until stopped; closes every reader it used. */
    void follow(LogReader reader) throws IOException, InterruptedException {
        LogReader current = reader;
        try {
            while (true) {
                current.readAvailable(sink);
                if (stop.await(Duration.ofMillis(POLL_MILLIS))) {
                    return;
                }
                if (current.truncated()) {
                    current.rewind();
                } else if (current.replacedAt(file)) {
                    current = switchTo(current);
                }
            }
        } finally {
            current.close();
        }
    }

    /** Finishes the rotated file and opens its successor; keeps the old one if the new file vanished again. */
    private LogReader switchTo(LogReader old) throws IOException {
        LogReader next;
        try {
            next = LogReader.openAtLastLines(file, 0);
        } catch (NoSuchFileException vanished) {
            return old;
        }
        old.readAvailable(sink);
        old.flushPartial(sink);
        old.close();
        return next;
    }
}

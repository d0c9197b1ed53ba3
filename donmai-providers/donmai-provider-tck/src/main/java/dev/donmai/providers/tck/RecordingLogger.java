package dev.donmai.providers.tck;

import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A {@link System.Logger} that keeps every record it is given, so a contract test can check what a provider logs
 * (for instance that no secret value ever reaches a log line). Every level is enabled, which makes a provider's
 * lazily built messages run too.
 */
public final class RecordingLogger implements System.Logger {

    /** One logged line, already formatted, with the thrown exception's text appended when there was one. */
    public record Line(Level level, String message) {
        public Line {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(message, "message");
        }
    }

    private final String name;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    public RecordingLogger(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Everything logged so far, oldest first. */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        lines.add(new Line(level, String.valueOf(msg) + describe(thrown)));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        String text = params == null || params.length == 0 ? String.valueOf(format)
                : MessageFormat.format(String.valueOf(format), params);
        lines.add(new Line(level, text));
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {
        lines.add(new Line(level, String.valueOf(msgSupplier.get())));
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier, Throwable thrown) {
        lines.add(new Line(level, msgSupplier.get() + describe(thrown)));
    }

    private static String describe(Throwable thrown) {
        // The whole cause chain matters: a secret hidden in a wrapped exception's message is still a leak.
        StringBuilder out = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(" | ").append(t);
        }
        return out.toString();
    }
}

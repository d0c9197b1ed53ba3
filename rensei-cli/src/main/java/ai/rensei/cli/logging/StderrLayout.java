package ai.rensei.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import dev.donmai.runtime.spi.PatternSecretRedactor;
import dev.donmai.runtime.spi.SecretRedactor;

/**
 * A log event of an ordinary CLI command as one stderr line in the CLI's own style (decision D-004):
 * {@code warning: <msg>} or {@code error: <msg>}, with the exception's class and message appended, never a stack
 * trace. Lines pass the {@link SecretRedactor} like the daemon's.
 */
public final class StderrLayout extends LayoutBase<ILoggingEvent> {

    private final SecretRedactor redactor = PatternSecretRedactor.create();

    @Override
    public String doLayout(ILoggingEvent event) {
        String prefix = event.getLevel().isGreaterOrEqual(Level.ERROR) ? "error: "
                : event.getLevel().isGreaterOrEqual(Level.WARN) ? "warning: " : NdjsonLayout.level(event.getLevel()) + ": ";
        StringBuilder line = new StringBuilder(prefix).append(event.getFormattedMessage());
        if (event.getThrowableProxy() != null) {
            line.append(" (").append(event.getThrowableProxy().getClassName());
            if (event.getThrowableProxy().getMessage() != null) {
                line.append(": ").append(event.getThrowableProxy().getMessage());
            }
            line.append(')');
        }
        return redactor.redact(line.toString()) + "\n";
    }
}

package ai.rensei.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.donmai.runtime.spi.PatternSecretRedactor;
import dev.donmai.runtime.spi.SecretRedactor;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.event.KeyValuePair;

/**
 * One log event as one JSON line (host.md §1.4): {@code time} (RFC 3339 UTC with milliseconds), {@code level}
 * ({@code debug|info|warn|error}; trace counts as debug), {@code msg}, then the MDC entries and the SLF4J key-value
 * pairs as fields ({@code event}, {@code sessionId}, …), and an exception as {@code error}. The three core names
 * are never overwritten by a field of the same name.
 *
 * <p>Everything passes the {@link SecretRedactor} before it is written: a secret-named field's value becomes
 * {@code ***}, known secret values and token patterns are replaced wherever they appear (message, fields, exception).
 */
public final class NdjsonLayout extends LayoutBase<ILoggingEvent> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** Stack frames kept per exception in the chain. */
    static final int STACK_FRAMES = 5;
    /** Causes followed below the logged exception. */
    static final int CAUSES = 3;

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private volatile SecretRedactor redactor = PatternSecretRedactor.create();

    /** The redactor every line passes; replace it to teach the layout new secret values. */
    public void setRedactor(SecretRedactor redactor) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    public SecretRedactor getRedactor() {
        return redactor;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", TIME.format(event.getInstant()));
        line.put("level", level(event.getLevel()));
        line.put("msg", event.getFormattedMessage());
        event.getMDCPropertyMap().forEach(line::putIfAbsent);
        if (event.getKeyValuePairs() != null) {
            for (KeyValuePair pair : event.getKeyValuePairs()) {
                line.putIfAbsent(pair.key, jsonValue(pair.value));
            }
        }
        if (event.getThrowableProxy() != null) {
            line.put("error", describe(event.getThrowableProxy()));
        }
        try {
            return MAPPER.writeValueAsString(redactor.redactMap(line)) + "\n";
        } catch (JsonProcessingException e) {
            return "{\"time\":\"" + line.get("time") + "\",\"level\":\"error\",\"msg\":\"unloggable event\"}\n";
        }
    }

    @Override
    public String getContentType() {
        return "application/x-ndjson";
    }

    static String level(Level level) {
        switch (level.toInt()) {
            case Level.ERROR_INT:
                return "error";
            case Level.WARN_INT:
                return "warn";
            case Level.INFO_INT:
                return "info";
            default:
                return "debug";
        }
    }

    /** Strings, numbers, booleans and null as they are; anything else as its text (so it is redacted too). */
    private static Object jsonValue(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return String.valueOf(value);
    }

    /** {@code Class: message}, a few frames, then the causes the same way. */
    static String describe(IThrowableProxy throwable) {
        StringBuilder text = new StringBuilder();
        IThrowableProxy current = throwable;
        for (int depth = 0; current != null && depth <= CAUSES; depth++, current = current.getCause()) {
            if (depth > 0) {
                text.append("\nCaused by: ");
            }
            text.append(current.getClassName());
            if (current.getMessage() != null) {
                text.append(": ").append(current.getMessage());
            }
            StackTraceElementProxy[] frames = current.getStackTraceElementProxyArray();
            int shown = Math.min(STACK_FRAMES, frames.length);
            for (int i = 0; i < shown; i++) {
                text.append("\n\tat ").append(frames[i].getStackTraceElement());
            }
            if (frames.length > shown) {
                text.append("\n\t... ").append(frames.length - shown).append(" more");
            }
        }
        return text.toString();
    }
}

package dev.donmai.runtime.spi;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one redactor every sink uses before it writes (logs, events, audit chain, memory, result records; audit.md §2.2):
 * the value of a secret-named key becomes {@value #MASK}, a known secret value anywhere becomes
 * {@code [REDACTED:<NAME>]}, and a token-pattern hit becomes {@value #TOKEN_MASK}. Implementations are immutable and
 * thread-safe; {@link #withSecrets} derives a redactor that also knows a session's secrets.
 *
 * <p>The only implementation is {@link PatternSecretRedactor} (design README: never two implementations).
 */
public interface SecretRedactor {

    /** Replaces the value of a secret-named key. */
    String MASK = "***";

    /** Replaces a token-pattern hit. */
    String TOKEN_MASK = "[REDACTED]";

    /** boundary.md's {@code SECRET} name pattern ({@code .*token} is anchored, so {@code inputTokens} passes). */
    Pattern SECRET_NAME = Pattern.compile("(?i)(.*(secret|password|passwd|apikey|api_key|credential|authorization"
            + "|bearer|jwt|privatekey|private_key|cookie).*|.*token|.*headers?)");

    /** True when {@code name} names a secret (boundary.md {@code SECRET}). */
    static boolean isSecretName(String name) {
        return name != null && SECRET_NAME.matcher(name).matches();
    }

    /** {@code text} with every known secret value and every token-pattern hit replaced; null stays null. */
    String redact(String text);

    /**
     * A redacted deep copy of a JSON-shaped value (maps with string keys, lists, strings, numbers, booleans, null):
     * the value of every secret-named key becomes {@value #MASK}, every string passes {@link #redact(String)}.
     * Other values are returned as they are.
     */
    Object redactJson(Object value);

    /** {@link #redactJson(Object)} of a map, typed. */
    @SuppressWarnings("unchecked")
    default Map<String, Object> redactMap(Map<String, ?> map) {
        return (Map<String, Object>) redactJson(map);
    }

    /**
     * A redactor that also replaces these secret values (name → value) with {@code [REDACTED:<NAME>]}. Values shorter
     * than {@link PatternSecretRedactor#MIN_SECRET_LENGTH} characters are ignored: they would blank out ordinary text.
     */
    SecretRedactor withSecrets(Map<String, String> namedValues);
}

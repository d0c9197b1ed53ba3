package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commit trailers an attested change carries, and helpers to write and read a trailer block (the last
 * paragraph of a commit message, one {@code Key: value} per line, as {@code git interpret-trailers} reads it).
 */
public final class Trailers {

    /** A co-author, {@code Name <email>}; one trailer per co-author. */
    public static final String CO_AUTHORED_BY = "Co-Authored-By";
    /** The session that made the change. */
    public static final String SESSION_ID = "X-Donmai-Session-Id";
    /** The kits in effect, {@code id@version} comma-joined. */
    public static final String KIT_SET = "X-Donmai-Kit-Set";
    /** The workarea's clean-state checksum or snapshot id. */
    public static final String WORKAREA_SNAPSHOT = "X-Donmai-Workarea-Snapshot";
    /** The model that made the change. */
    public static final String MODEL = "X-Donmai-Model";

    /** Every trailer key above, in the order {@link ChangeAttestation#trailers()} writes them. */
    public static final List<String> KEYS = List.of(SESSION_ID, KIT_SET, WORKAREA_SNAPSHOT, MODEL, CO_AUTHORED_BY);

    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]*$");
    private static final Pattern LINE = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9-]*):[ \\t]*(\\S.*?)[ \\t]*$");

    private Trailers() {
    }

    /** True when {@code key} can be a trailer key: letters, digits and hyphens, not starting with a hyphen. */
    public static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** True when {@code value} can be a trailer value: not blank, one line, no control character. */
    public static boolean isValidValue(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return value.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    /**
     * Formats a trailer block: one {@code Key: value} line per entry, in the given order, each ending with
     * {@code \n}; the empty string for no entry. Values are stripped of surrounding whitespace.
     *
     * @throws dev.donmai.contracts.provider.ProviderException.ContractViolation {@code INVALID_VALUE} for an invalid
     *         key or value (the field named is {@code trailers})
     */
    public static String format(List<Map.Entry<String, String>> trailers) {
        FieldChecks.require(trailers, "trailers");
        StringBuilder block = new StringBuilder();
        for (Map.Entry<String, String> trailer : trailers) {
            FieldChecks.check(trailer != null && isValidKey(trailer.getKey()) && isValidValue(trailer.getValue()),
                    "trailers");
            block.append(trailer.getKey()).append(": ").append(trailer.getValue().strip()).append('\n');
        }
        return block.toString();
    }

    /**
     * Appends a trailer block to {@code message}. Trailing whitespace of the message is dropped; the block follows
     * after a blank line, or directly when the message already ends in a trailer block. The result ends with
     * {@code \n}; with no trailers it is the message with one final {@code \n}.
     */
    public static String appendTo(String message, List<Map.Entry<String, String>> trailers) {
        FieldChecks.requireText(message, "message");
        String body = message.replace("\r\n", "\n").stripTrailing();
        String block = format(trailers);
        if (block.isEmpty()) {
            return body + "\n";
        }
        String separator = parse(body).isEmpty() ? "\n\n" : "\n";
        return body + separator + block;
    }

    /**
     * Reads the trailer block of {@code message}: its last paragraph, when the message has more than one and every
     * line of the last one is {@code Key: value}. Returns the entries in order (keys as written), or an empty list.
     */
    public static List<Map.Entry<String, String>> parse(String message) {
        if (message == null) {
            return List.of();
        }
        String[] paragraphs = message.replace("\r\n", "\n").strip().split("\n[ \\t]*\n");
        if (paragraphs.length < 2) {
            return List.of();
        }
        List<Map.Entry<String, String>> trailers = new ArrayList<>();
        for (String line : paragraphs[paragraphs.length - 1].split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                return List.of();
            }
            trailers.add(Map.entry(m.group(1), m.group(2)));
        }
        return List.copyOf(trailers);
    }

    /** The values of every trailer named {@code key} (compared case-insensitively, as git does) in {@code message}. */
    public static List<String> valuesOf(String message, String key) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> trailer : parse(message)) {
            if (trailer.getKey().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                values.add(trailer.getValue());
            }
        }
        return List.copyOf(values);
    }
}

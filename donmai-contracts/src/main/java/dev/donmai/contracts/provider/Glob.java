package dev.donmai.contracts.provider;

import java.util.regex.Pattern;

/**
 * Glob patterns of scope selectors: {@code **} matches anything, {@code *} anything but {@code /}, {@code ?} one
 * character other than {@code /}.
 */
public record Glob(String pattern, Pattern regex) {

    public Glob {
        java.util.Objects.requireNonNull(pattern, "pattern");
        java.util.Objects.requireNonNull(regex, "regex");
    }

    /** Compiles a glob. */
    public static Glob of(String pattern) {
        StringBuilder out = new StringBuilder("^");
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                out.append(".*");
                i++;
            } else if (c == '*') {
                out.append("[^/]*");
            } else if (c == '?') {
                out.append("[^/]");
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new Glob(pattern, Pattern.compile(out.append('$').toString()));
    }

    /** True when the pattern has no wildcard, so a match is an exact match. */
    public static boolean isLiteral(String pattern) {
        return pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0;
    }

    /** True when {@code value} matches. */
    public boolean matches(String value) {
        return value != null && regex.matcher(value).matches();
    }
}

package dev.donmai.runtime.internal.daemon.config;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code ${NAME}} and {@code ${NAME:-default}} in string scalars, {@code $${} for a literal {@code ${} (host.md
 * §4.1). As in a shell, the default also replaces a variable that is set but empty. A {@code $} not followed by
 * {@code {} is kept as it is.
 */
final class EnvExpansion {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private EnvExpansion() {
    }

    /** Why a value cannot be expanded; the message never quotes the value, which may be a secret. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    static boolean mentionsVariable(String text) {
        return text.contains("${");
    }

    static String expand(String text, Map<String, String> env) throws Failure {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && text.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (c == '$' && text.startsWith("${", i)) {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    throw new Failure("unterminated \"${\" (missing \"}\")");
                }
                out.append(resolve(text.substring(i + 2, close), env));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String resolve(String reference, Map<String, String> env) throws Failure {
        int dash = reference.indexOf(":-");
        String name = dash < 0 ? reference : reference.substring(0, dash);
        if (!NAME.matcher(name).matches()) {
            throw new Failure("invalid environment variable name \"" + name + "\"");
        }
        String value = env.get(name);
        if (value != null && (dash < 0 || !value.isEmpty())) {
            return value;
        }
        if (dash < 0) {
            throw new Failure("undefined environment variable " + name);
        }
        return reference.substring(dash + 2);
    }
}

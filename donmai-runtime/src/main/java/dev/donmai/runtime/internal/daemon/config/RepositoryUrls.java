package dev.donmai.runtime.internal.daemon.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repository spellings compared the way admission compares them (host.md §4.3 "Normalise"): drop the scheme
 * ({@code https}, {@code http}, {@code ssh}, {@code git}, {@code file}) and user info, turn {@code git@host:} into
 * {@code host/}, strip trailing {@code /} and {@code .git}, lower-case the host.
 */
public final class RepositoryUrls {

    private static final Pattern SCHEME = Pattern.compile("^(?i)(https|http|ssh|git|file)://");
    private static final Pattern SCP_LIKE = Pattern.compile("^([^/@:]+@)?([^/:]+):(?!//)(.*)$");

    private RepositoryUrls() {
    }

    /** The normalised form of a repository spelling. */
    public static String normalise(String repository) {
        String text = repository.trim();
        Matcher scheme = SCHEME.matcher(text);
        boolean hasHost;
        if (scheme.find()) {
            text = text.substring(scheme.end());
            hasHost = !scheme.group(1).equalsIgnoreCase("file");
            if (hasHost) {
                text = dropUserInfo(text);
            }
        } else {
            Matcher scp = SCP_LIKE.matcher(text);
            hasHost = scp.matches() && scp.group(1) != null;
            if (hasHost) {
                text = scp.group(2) + "/" + scp.group(3);
            }
        }
        text = stripTail(text);
        return hasHost ? lowerHost(text) : text;
    }

    /**
     * The v1 URL rule: the normalised spellings are equal, or one is a suffix of the other at a {@code /} boundary
     * ({@code acme/app} matches {@code github.com/acme/app}).
     */
    public static boolean matches(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.equals(y) || x.endsWith("/" + y) || y.endsWith("/" + x);
    }

    private static String dropUserInfo(String text) {
        int slash = text.indexOf('/');
        String authority = slash < 0 ? text : text.substring(0, slash);
        int at = authority.lastIndexOf('@');
        return at < 0 ? text : text.substring(at + 1);
    }

    private static String stripTail(String text) {
        String value = text;
        boolean changed = true;
        while (changed) {
            changed = false;
            while (value.endsWith("/")) {
                value = value.substring(0, value.length() - 1);
                changed = true;
            }
            if (value.endsWith(".git")) {
                value = value.substring(0, value.length() - 4);
                changed = true;
            }
        }
        return value;
    }

    private static String lowerHost(String text) {
        int slash = text.indexOf('/');
        return slash < 0 ? text.toLowerCase(Locale.ROOT)
                : text.substring(0, slash).toLowerCase(Locale.ROOT) + text.substring(slash);
    }
}

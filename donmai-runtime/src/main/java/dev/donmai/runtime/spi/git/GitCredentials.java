package dev.donmai.runtime.spi.git;

import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.vcs.RemoteCredential;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a token into git configuration that lives only in a child process's environment (sessions.md §13): one
 * URL-scoped {@code http.<urlPrefix>.extraHeader} entry passed as {@code GIT_CONFIG_COUNT=1},
 * {@code GIT_CONFIG_KEY_0=http.<urlPrefix>.extraHeader}, {@code GIT_CONFIG_VALUE_0=Authorization: …}. Hand the map
 * to {@link GitExec#run(java.nio.file.Path, java.util.List, Map, java.time.Duration)} as {@code extraEnv}: the
 * token is never on argv (visible in {@code ps}), never in {@code .git/config}, never in a remote URL. Git sends the
 * header only to URLs under the prefix, so a redirect to another host does not receive it.
 *
 * <p>The default header is HTTP Basic with user {@code x-access-token} and the token as password, which GitHub
 * (installation and personal tokens), Gitea/Forgejo and GitLab (any user name with a personal or project token)
 * accept; {@link #bearerEnv} is for servers that want {@code Authorization: Bearer}.
 */
public final class GitCredentials {

    /** The user name of the default Basic header. */
    public static final String ACCESS_TOKEN_USER = "x-access-token";
    /** The configuration key template; {@code %s} is the URL prefix. */
    static final String KEY_TEMPLATE = "http.%s.extraHeader";

    private GitCredentials() {
    }

    /** Environment for {@code token} as Basic {@value #ACCESS_TOKEN_USER} credentials on URLs under {@code urlPrefix}. */
    public static Map<String, String> env(String urlPrefix, Secret token) {
        return env(urlPrefix, ACCESS_TOKEN_USER, token);
    }

    /** Environment for {@code username}/{@code token} as Basic credentials on URLs under {@code urlPrefix}. */
    public static Map<String, String> env(String urlPrefix, String username, Secret token) {
        Objects.requireNonNull(username, "username");
        if (username.isBlank() || username.contains(":") || hasControl(username)) {
            throw new IllegalArgumentException("username is not usable in a Basic header");
        }
        String basic = Base64.getEncoder().encodeToString(
                (username + ":" + revealChecked(token)).getBytes(StandardCharsets.UTF_8));
        return header(urlPrefix, "Authorization: Basic " + basic);
    }

    /** Environment for {@code token} as an {@code Authorization: Bearer} header on URLs under {@code urlPrefix}. */
    public static Map<String, String> bearerEnv(String urlPrefix, Secret token) {
        return header(urlPrefix, "Authorization: Bearer " + revealChecked(token));
    }

    /** Environment for a contracts {@link RemoteCredential} (Basic {@value #ACCESS_TOKEN_USER}). */
    public static Map<String, String> env(RemoteCredential credential) {
        Objects.requireNonNull(credential, "credential");
        return env(credential.urlPrefix(), credential.token());
    }

    /**
     * Environment for {@code credential} when it applies to {@code url} ({@link RemoteCredential#appliesTo}), else
     * empty: a credential for another host is never handed to git at all.
     */
    public static Optional<Map<String, String>> forUrl(String url, RemoteCredential credential) {
        if (credential == null || url == null || !credential.appliesTo(url)) {
            return Optional.empty();
        }
        return Optional.of(env(credential));
    }

    private static Map<String, String> header(String urlPrefix, String headerLine) {
        String prefix = checkedPrefix(urlPrefix);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GIT_CONFIG_COUNT", "1");
        env.put("GIT_CONFIG_KEY_0", String.format(Locale.ROOT, KEY_TEMPLATE, prefix));
        env.put("GIT_CONFIG_VALUE_0", headerLine);
        return Map.copyOf(env);
    }

    private static String checkedPrefix(String urlPrefix) {
        Objects.requireNonNull(urlPrefix, "urlPrefix");
        URI uri;
        try {
            uri = new URI(urlPrefix);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("urlPrefix is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawUserInfo() != null || hasControl(urlPrefix) || urlPrefix.contains(" ")) {
            // The value is not echoed: a prefix with user info may itself hold a credential.
            throw new IllegalArgumentException("urlPrefix must be an http(s) URL with a host and no user info");
        }
        return urlPrefix;
    }

    private static String revealChecked(Secret token) {
        Objects.requireNonNull(token, "token");
        String value = token.reveal();
        if (value.isEmpty() || hasControl(value)) {
            // A newline would let the token inject further headers.
            throw new IllegalArgumentException("token is empty or holds control characters");
        }
        return value;
    }

    private static boolean hasControl(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}

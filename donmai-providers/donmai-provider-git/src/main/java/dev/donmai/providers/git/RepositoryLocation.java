package dev.donmai.providers.git;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository as the workarea provider keys it (sessions.md §13: {@code repoKey} = first 16 hex of
 * SHA-256(canonical URL)). Canonical forms, so that spellings of one repository share one mirror:
 * <ul>
 *   <li>a local path or {@code file://} URL → the absolute, normalised path with symbolic links resolved when it
 *       exists (e.g. {@code /home/me/src/app}), without {@code file://} and without a trailing slash;</li>
 *   <li>a URL ({@code https}, {@code http}, {@code ssh}, {@code git}) → scheme and host in lower case, the default
 *       port dropped, a trailing {@code /} and {@code .git} dropped (e.g. {@code https://github.com/org/app});</li>
 *   <li>scp-like {@code user@host:path} → {@code ssh://user@host/path}, then as a URL.</li>
 * </ul>
 * The mirror fetches from {@link #fetchUrl()}, the spelling the caller gave (or the absolute path), because a
 * server may insist on its own spelling (e.g. the {@code .git} suffix).
 *
 * @param canonical the canonical form, also the pool key's repository
 * @param fetchUrl  what git clones and fetches from
 * @param localPath the local repository, for local sources; null for network remotes
 */
record RepositoryLocation(String canonical, String fetchUrl, @Nullable Path localPath) {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://.*");
    private static final Pattern SCP = Pattern.compile("^(?:([^@/:\\s]+)@)?([^/:\\s]+):(?!//)(.+)$");

    /** The location of {@code repository} as a {@link dev.donmai.contracts.workarea.WorkareaSource} names it. */
    static RepositoryLocation parse(String repository) {
        String value = repository.strip();
        Matcher scheme = SCHEME.matcher(value);
        if (scheme.matches()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("file")) {
                return local(fileUrlPath(value));
            }
            return new RepositoryLocation(canonicalUrl(value), value, null);
        }
        Matcher scp = SCP.matcher(value);
        if (scp.matches() && !looksLikeLocalPath(value)) {
            String user = scp.group(1) == null ? "" : scp.group(1) + "@";
            String path = scp.group(3).startsWith("/") ? scp.group(3) : "/" + scp.group(3);
            return new RepositoryLocation(canonicalUrl("ssh://" + user + scp.group(2) + path), value, null);
        }
        try {
            return local(Path.of(value));
        } catch (InvalidPathException e) {
            throw invalid();
        }
    }

    /** True for a local repository (a path or {@code file://} URL). */
    boolean isLocal() {
        return localPath != null;
    }

    /** First 16 hex digits of SHA-256 of {@link #canonical()}: the mirror's directory name. */
    String repoKey() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    private static RepositoryLocation local(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            try {
                absolute = absolute.toRealPath();
            } catch (IOException e) {
                // Unreadable: keep the normalised path; the clone reports the real problem.
            }
        }
        String text = absolute.toString();
        return new RepositoryLocation(text, text, absolute);
    }

    private static Path fileUrlPath(String value) {
        try {
            return Path.of(new URI(value));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static String canonicalUrl(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            throw invalid();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443)
                || (scheme.equals("http") && port == 80) || (scheme.equals("ssh") && port == 22)
                || (scheme.equals("git") && port == 9418);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(".git")) {
            path = path.substring(0, path.length() - 4);
        }
        String user = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
        return scheme + "://" + user + host + (defaultPort ? "" : ":" + port) + path;
    }

    private static boolean looksLikeLocalPath(String value) {
        // git's own rule: a colon after a slash is a path, and so is an existing file.
        int colon = value.indexOf(':');
        int slash = value.indexOf('/');
        if (slash >= 0 && slash < colon) {
            return true;
        }
        try {
            return Files.exists(Path.of(value));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static ProviderException.ContractViolation invalid() {
        return new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE,
                "source.repository");
    }
}

package ai.rensei.cli.daemon;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.CliException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the daemon's control API is (host.md §1.1): {@code --host}/{@code --port} (either given) &gt;
 * {@code RENSEI_DAEMON_URL} &gt; {@code http://127.0.0.1:7734}. {@code daemon.yaml}'s {@code control.host/port} step
 * joins when the CLI reads that file.
 */
public record DaemonAddress(URI base) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7734;
    static final String API_PREFIX = "/api/daemon";

    public DaemonAddress {
        String text = base.toString();
        base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** Resolves the address; a bad {@code RENSEI_DAEMON_URL}, host or port is a usage error (exit 2). */
    public static DaemonAddress resolve(DaemonEndpointOptions options, CliEnvironment env) {
        if (options.host().isPresent() || options.port().isPresent()) {
            return fromFlags(options.host().orElse(DEFAULT_HOST), options.port().orElse(DEFAULT_PORT));
        }
        Optional<String> url = env.get(CliEnvironment.DAEMON_URL);
        if (url.isPresent()) {
            return fromUrl(url.get());
        }
        return fromFlags(DEFAULT_HOST, DEFAULT_PORT);
    }

    /** The health probe: {@code <base>/healthz}. */
    public URI healthz() {
        return URI.create(base + "/healthz");
    }

    /** A control-API URI: {@code <base>/api/daemon<path>}. */
    public URI api(String path) {
        return URI.create(base + API_PREFIX + path);
    }

    /** The address as shown to users. */
    @Override
    public String toString() {
        return base.toString();
    }

    private static DaemonAddress fromFlags(String host, int port) {
        if (port < 1 || port > 65535) {
            throw CliException.usage("invalid --port: " + port);
        }
        String literal = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        try {
            URI uri = new URI("http://" + literal + ":" + port);
            if (uri.getHost() == null || !uri.getRawPath().isEmpty()) {
                throw CliException.usage("invalid --host: " + host);
            }
            return new DaemonAddress(uri);
        } catch (URISyntaxException e) {
            throw CliException.usage("invalid --host: " + host);
        }
    }

    private static DaemonAddress fromUrl(String value) {
        CliException invalid = CliException.usageVerbatim("invalid " + CliEnvironment.DAEMON_URL + ": " + value);
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw invalid;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean valid = (scheme.equals("http") || scheme.equals("https"))
                && uri.getHost() != null
                && uri.getRawUserInfo() == null
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null
                && uri.getPort() <= 65535 && uri.getPort() != 0;
        if (!valid) {
            throw invalid;
        }
        return new DaemonAddress(uri);
    }
}

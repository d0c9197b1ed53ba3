package dev.donmai.contracts.agent;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.envMap;
import static dev.donmai.contracts.provider.FieldChecks.list;
import static dev.donmai.contracts.provider.FieldChecks.map;
import static dev.donmai.contracts.provider.FieldChecks.require;
import static dev.donmai.contracts.provider.FieldChecks.requireText;

import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * An MCP server a harness should connect to. A {@code stdio} server is a command the harness starts (with
 * {@code args}, {@code env} and {@code secretEnv}; no {@code url}, no {@code headers}); an {@code http} server is an
 * absolute http(s) {@code url} with optional {@code headers} (no command, args or env). Secret material is only ever
 * typed {@link Secret}.
 *
 * @param name      the server's name in the harness config; a path-safe id, unique within a spawn
 * @param transport how the harness reaches it
 * @param command   the executable ({@code stdio} only)
 * @param args      its arguments ({@code stdio} only)
 * @param env       its plain environment ({@code stdio} only)
 * @param secretEnv its secret environment ({@code stdio} only)
 * @param url       the endpoint ({@code http} only)
 * @param headers   HTTP headers, all treated as secret ({@code http} only)
 */
public record McpServerSpec(
        String name,
        McpTransport transport,
        @Nullable String command,
        List<String> args,
        Map<String, String> env,
        Map<String, Secret> secretEnv,
        @Nullable String url,
        Map<String, Secret> headers) {

    public McpServerSpec {
        Ids.requireId(name, "name");
        require(transport, "transport");
        args = list(args, "args");
        env = envMap(env, "env");
        secretEnv = envMap(secretEnv, "secretEnv");
        check(env.keySet().stream().noneMatch(secretEnv::containsKey), "secretEnv");
        headers = map(headers, "headers");
        if (transport == McpTransport.STDIO) {
            requireText(command, "command");
            check(url == null, "url");
            check(headers.isEmpty(), "headers");
        } else {
            check(command == null, "command");
            check(args.isEmpty(), "args");
            check(env.isEmpty(), "env");
            check(secretEnv.isEmpty(), "secretEnv");
            require(url, "url");
            check(isHttpUrl(url), "url");
        }
    }

    /** A {@code stdio} server with plain environment only. */
    public static McpServerSpec stdio(String name, String command, List<String> args, Map<String, String> env) {
        return new McpServerSpec(name, McpTransport.STDIO, command, args, env, Map.of(), null, Map.of());
    }

    /** An {@code http} server. */
    public static McpServerSpec http(String name, String url, Map<String, Secret> headers) {
        return new McpServerSpec(name, McpTransport.HTTP, null, List.of(), Map.of(), Map.of(), url, headers);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && !uri.isOpaque() && uri.getHost() != null && uri.getRawUserInfo() == null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

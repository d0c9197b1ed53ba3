package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.McpServerSpec;
import dev.donmai.contracts.agent.McpTransport;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a spawn's MCP servers into each harness's own configuration. Secret values never enter the rendered
 * text: each one goes into the harness's environment under a generated name ({@code <P>_MCP_<SERVER>_<NAME>}) and
 * the configuration refers to it (claude {@code ${VAR}}, opencode {@code {env:VAR}}), so the config file or argument
 * can be written and logged freely. Codex takes its servers as {@code -c} arguments and has no such reference, so
 * a server with secret material is refused for it.
 */
final class McpConfigs {

    /**
     * A rendered configuration.
     *
     * @param text the configuration (JSON), secret-free
     * @param env  variables the harness process needs for the references in {@code text}
     */
    record Rendered(String text, Map<String, String> env) {
        Rendered {
            env = Map.copyOf(env);
        }

        @Override
        public String toString() {
            return "Rendered[" + text + ", env=" + env.keySet() + "]"; // values are secrets
        }
    }

    private McpConfigs() {
    }

    /**
     * Claude's {@code --mcp-config} file:
     * {@code {"mcpServers":{name:{type, command, args, env}|{type, url, headers}}}}.
     */
    static Rendered claude(List<McpServerSpec> servers, String prefix) {
        Map<String, Object> all = new LinkedHashMap<>();
        Map<String, String> env = new LinkedHashMap<>();
        for (McpServerSpec server : servers) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (server.transport() == McpTransport.STDIO) {
                entry.put("type", "stdio");
                entry.put("command", server.command());
                entry.put("args", server.args());
                entry.put("env", values(server, server.env(), server.secretEnv(), prefix, env, "${%s}"));
            } else {
                entry.put("type", "http");
                entry.put("url", server.url());
                entry.put("headers", values(server, Map.of(), server.headers(), prefix, env, "${%s}"));
            }
            all.put(server.name(), entry);
        }
        return new Rendered(Json.write(Map.of("mcpServers", all)), env);
    }

    /**
     * opencode's {@code mcp} block:
     * {@code {name:{type:"local", command:[…], environment}|{type:"remote", url, headers}}}.
     */
    static Map<String, Object> opencode(List<McpServerSpec> servers, String prefix, Map<String, String> env) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (McpServerSpec server : servers) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (server.transport() == McpTransport.STDIO) {
                List<String> command = new ArrayList<>();
                command.add(server.command());
                command.addAll(server.args());
                entry.put("type", "local");
                entry.put("command", command);
                entry.put("environment", values(server, server.env(), server.secretEnv(), prefix, env, "{env:%s}"));
            } else {
                entry.put("type", "remote");
                entry.put("url", server.url());
                entry.put("headers", values(server, Map.of(), server.headers(), prefix, env, "{env:%s}"));
            }
            entry.put("enabled", true);
            all.put(server.name(), entry);
        }
        return all;
    }

    /**
     * Codex's {@code -c mcp_servers.<name>.…} overrides (TOML values).
     *
     * @throws ProviderException.Unsupported {@code spawn.mcpServers} for a server with secret env or headers
     */
    static List<String> codex(List<McpServerSpec> servers) {
        List<String> args = new ArrayList<>();
        for (McpServerSpec server : servers) {
            if (!server.secretEnv().isEmpty() || !server.headers().isEmpty()) {
                throw new ProviderException.Unsupported("spawn.mcpServers");
            }
            String key = "mcp_servers." + server.name() + ".";
            if (server.transport() == McpTransport.STDIO) {
                args.add("-c");
                args.add(key + "command=" + Toml.string(server.command()));
                args.add("-c");
                args.add(key + "args=" + Toml.array(server.args()));
                if (!server.env().isEmpty()) {
                    args.add("-c");
                    args.add(key + "env=" + Toml.table(server.env()));
                }
            } else {
                args.add("-c");
                args.add(key + "url=" + Toml.string(server.url()));
            }
        }
        return args;
    }

    /** Plain values as they are; each secret as a reference to a generated variable, recorded in {@code env}. */
    private static Map<String, String> values(McpServerSpec server, Map<String, String> plain,
            Map<String, Secret> secrets, String prefix, Map<String, String> env, String reference) {
        Map<String, String> out = new LinkedHashMap<>(plain);
        for (Map.Entry<String, Secret> secret : secrets.entrySet()) {
            String variable = variable(prefix, server.name(), secret.getKey());
            env.put(variable, secret.getValue().reveal());
            out.put(secret.getKey(), String.format(Locale.ROOT, reference, variable));
        }
        return out;
    }

    /** {@code <P>_MCP_<SERVER>_<NAME>}, upper case, anything but letters and digits as {@code _}. */
    static String variable(String prefix, String server, String name) {
        return (prefix + "_MCP_" + server + "_" + name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    }

    /** TOML literals for codex's {@code -c key=value}. */
    static final class Toml {
        private Toml() {
        }

        static String string(String value) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c == 0x7f) {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }

        static String array(List<String> values) {
            return "[" + String.join(",", values.stream().map(Toml::string).toList()) + "]";
        }

        static String table(Map<String, String> values) {
            return "{" + String.join(",", values.entrySet().stream()
                    .map(e -> string(e.getKey()) + "=" + string(e.getValue())).toList()) + "}";
        }
    }
}

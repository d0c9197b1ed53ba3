package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.contracts.provider.Secret;
import dev.donmai.runtime.api.daemon.config.Orchestrator;
import dev.donmai.runtime.api.daemon.config.SigningKey;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code orchestrator.*}: URL rules (https, loopback http, or file), the token as a {@link Secret}, stub, and the
 * pinned signing keys (protocol.md §4 "Keys", "Pinning"). No message quotes the URL or the token.
 */
final class OrchestratorReader {

    static final String URL_RULE = "must be an https:// URL, a loopback http:// URL or a file:// URL";

    private OrchestratorReader() {
    }

    static Orchestrator read(YamlMapping orchestrator) {
        Optional<URI> url = orchestrator.get("url")
                .flatMap(node -> orchestrator.values().text(node, orchestrator.path("url"))
                        .flatMap(text -> url(node, orchestrator.path("url"), text, orchestrator.values())));
        Optional<Secret> token = orchestrator.string("authToken").filter(t -> !t.isEmpty()).map(Secret::of);
        boolean stub = orchestrator.bool("stub").orElse(false);
        List<SigningKey> keys = new ArrayList<>();
        List<Node> items = orchestrator.list("signingKeys").orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String at = orchestrator.path("signingKeys") + "[" + i + "]";
            orchestrator.values().mapping(items.get(i), at).flatMap(OrchestratorReader::signingKey).ifPresent(keys::add);
        }
        orchestrator.warnUnknown();
        return new Orchestrator(url, token, stub, keys);
    }

    private static Optional<URI> url(Node node, String path, String text, YamlValues values) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            values.problems().error(node, path, URL_RULE);
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean ok;
        switch (scheme) {
            case "https":
                ok = uri.getHost() != null;
                break;
            case "http":
                ok = uri.getHost() != null && Loopback.isLoopback(uri.getHost());
                break;
            case "file":
                ok = uri.getPath() != null && !uri.getPath().isEmpty();
                break;
            default:
                ok = false;
        }
        if (!ok) {
            values.problems().error(node, path, URL_RULE);
            return Optional.empty();
        }
        if (uri.getRawUserInfo() != null) {
            values.problems().error(node, path, "must not carry user info; use orchestrator.authToken");
            return Optional.empty();
        }
        return Optional.of(uri);
    }

    private static Optional<SigningKey> signingKey(YamlMapping entry) {
        boolean present = entry.require("publicKey");
        Optional<byte[]> raw = entry.get("publicKey").flatMap(node -> entry.values().text(node, entry.path("publicKey"))
                .flatMap(text -> {
                    Optional<byte[]> decoded = SigningKey.decode(text);
                    if (decoded.isEmpty()) {
                        entry.values().problems().error(node, entry.path("publicKey"),
                                "must be a base64 Ed25519 public key (32 raw bytes or SPKI)");
                    }
                    return decoded;
                }));
        Optional<String> keyId = entry.text("keyId");
        entry.warnUnknown();
        if (!present || raw.isEmpty()) {
            return Optional.empty();
        }
        String derived = SigningKey.keyIdOf(raw.get());
        if (keyId.isPresent() && !keyId.get().equals(derived)) {
            entry.values().problems().error(entry.get("keyId").orElseThrow(), entry.path("keyId"),
                    "does not match the key (derived \"" + derived + "\")");
            return Optional.empty();
        }
        return Optional.of(new SigningKey(java.util.Base64.getEncoder().encodeToString(raw.get()), derived));
    }
}

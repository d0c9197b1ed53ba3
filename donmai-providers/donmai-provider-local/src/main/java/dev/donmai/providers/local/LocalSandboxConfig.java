package dev.donmai.providers.local;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.sandbox.SandboxTransport;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The validated configuration of a {@link LocalSandboxProvider}. Validation does no I/O: whether {@code root} can
 * be created is decided at activation.
 *
 * @param root            absolute directory the per-session directories go under; null = {@code <dataDir>/sandboxes}
 * @param registrationUrl the http(s) URL workers register at (the daemon), carried by every handle's
 *                        {@link SandboxTransport.DialOut}
 * @param maxConcurrent   most live sandboxes at once; null = no limit
 */
record LocalSandboxConfig(@Nullable Path root, String registrationUrl, @Nullable Integer maxConcurrent) {

    /** Key of {@link #root()}. */
    static final String ROOT = "root";
    /** Key of {@link #registrationUrl()}. */
    static final String REGISTRATION_URL = "registrationUrl";
    /** Key of {@link #maxConcurrent()}. */
    static final String MAX_CONCURRENT = "maxConcurrent";
    /** Every key {@code create} accepts. */
    static final List<String> KEYS = List.of(ROOT, REGISTRATION_URL, MAX_CONCURRENT);
    /** The daemon's default control address (host.md: {@code http://127.0.0.1:7734}). */
    static final String DEFAULT_REGISTRATION_URL = "http://127.0.0.1:7734";

    LocalSandboxConfig {
        if (root != null && !root.isAbsolute()) {
            throw invalid(ROOT);
        }
        root = root == null ? null : root.normalize();
        // DialOut validates the URL (absolute http(s), a host, no user info) and names the field the same way.
        new SandboxTransport.DialOut(registrationUrl);
        if (maxConcurrent != null && maxConcurrent < 1) {
            throw invalid(MAX_CONCURRENT);
        }
    }

    /**
     * Reads {@code config}: unknown keys (values or secrets; this provider takes no secret) are
     * {@code UNKNOWN_FIELD}, bad values {@code INVALID_VALUE}, each naming the key and never echoing the value.
     */
    static LocalSandboxConfig from(ProviderConfig config) {
        config.requireOnlyKeys(KEYS);
        if (!config.secrets().isEmpty()) {
            String key = config.secrets().keySet().iterator().next();
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.UNKNOWN_FIELD, key);
        }
        Path root = config.string(ROOT).map(LocalSandboxConfig::path).orElse(null);
        String url = config.string(REGISTRATION_URL).orElse(DEFAULT_REGISTRATION_URL);
        Integer max = config.integer(MAX_CONCURRENT).map(LocalSandboxConfig::limit).orElse(null);
        return new LocalSandboxConfig(root, url, max);
    }

    /** The configured root, if any. */
    Optional<Path> rootIfSet() {
        return Optional.ofNullable(root);
    }

    /** The configured limit, if any. */
    Optional<Integer> maxConcurrentIfSet() {
        return Optional.ofNullable(maxConcurrent);
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw invalid(ROOT);
        }
    }

    private static Integer limit(Long value) {
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw invalid(MAX_CONCURRENT);
        }
        return value.intValue();
    }

    private static ProviderException.ContractViolation invalid(String key) {
        return new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, key);
    }
}

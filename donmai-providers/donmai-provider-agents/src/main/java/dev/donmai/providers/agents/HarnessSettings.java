package dev.donmai.providers.agents;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.runtime.spi.harness.HarnessEnv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The configuration every harness adapter takes ({@code harnesses.<id>.*}, sessions.md §12):
 * <ul>
 * <li>{@code binary}: the executable, a path or a name looked up on the session's {@code PATH};</li>
 * <li>{@code args}: extra arguments (a list of strings);</li>
 * <li>{@code enabled}: whether sessions may use it;</li>
 * <li>{@code envPrefix}: the brand prefix of the session variables ({@value HarnessEnv#DEFAULT_PREFIX});</li>
 * <li>{@code binDir} (stub only): where the bundled script is extracted instead of the data directory.</li>
 * </ul>
 *
 * @param binary           the executable
 * @param binaryConfigured true when {@code binary} came from configuration (then it must exist at activation when
 *                         it is a path)
 * @param args             extra arguments
 * @param enabled          whether spawning is allowed
 * @param envPrefix        the brand prefix
 * @param binDir           the stub's script directory, if configured
 */
record HarnessSettings(String binary, boolean binaryConfigured, List<String> args, boolean enabled, String envPrefix,
        @Nullable Path binDir) {

    static final String BINARY = "binary";
    static final String ARGS = "args";
    static final String ENABLED = "enabled";
    static final String ENV_PREFIX = "envPrefix";
    static final String BIN_DIR = "binDir";

    HarnessSettings {
        args = List.copyOf(args);
    }

    /**
     * Reads the settings, refusing unknown keys ({@code UNKNOWN_FIELD}) and ill-typed values ({@code INVALID_VALUE}).
     *
     * @param extraKeys keys this harness takes besides the common four
     */
    static HarnessSettings read(ProviderConfig config, String defaultBinary, List<String> defaultArgs,
            boolean defaultEnabled, Set<String> extraKeys) {
        Set<String> known = new HashSet<>(List.of(BINARY, ARGS, ENABLED, ENV_PREFIX));
        known.addAll(extraKeys);
        config.requireOnlyKeys(known);
        String binary = config.string(BINARY).orElse(null);
        if (binary != null && binary.isBlank()) {
            throw invalid(BINARY);
        }
        List<String> args = config.values().containsKey(ARGS) ? strings(config.values().get(ARGS)) : defaultArgs;
        String prefix = HarnessEnv.requirePrefix(config.string(ENV_PREFIX).orElse(HarnessEnv.DEFAULT_PREFIX),
                ENV_PREFIX);
        Path binDir = config.string(BIN_DIR).map(Path::of).orElse(null);
        if (binDir != null && !binDir.isAbsolute()) {
            throw invalid(BIN_DIR);
        }
        return new HarnessSettings(binary == null ? defaultBinary : binary, binary != null, args,
                config.bool(ENABLED).orElse(defaultEnabled), prefix, binDir);
    }

    /** True when {@code binary} names a file rather than a command looked up on {@code PATH}. */
    boolean binaryIsPath() {
        return binary.contains("/");
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            throw invalid(ARGS);
        }
        List<String> out = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String s)) {
                throw invalid(ARGS);
            }
            out.add(s);
        }
        return out;
    }

    private static ProviderException.ContractViolation invalid(String key) {
        return new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, key);
    }
}

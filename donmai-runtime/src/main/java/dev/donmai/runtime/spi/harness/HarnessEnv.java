package dev.donmai.runtime.spi.harness;

import dev.donmai.contracts.provider.ProviderException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of the brand-prefixed variables a session engine sets for a harness (sessions.md §4). The prefix is
 * configuration ({@value #DEFAULT_PREFIX} by default; a distribution may use its own), never hard-coded elsewhere.
 *
 * <p>A harness's {@code harnessOptions} travel as JSON in {@code <P>_<HARNESS>_OPTIONS}: for the stub that is the
 * {@code <P>_STUB_OPTIONS} of sessions.md §4, and the shell harness reads {@code <P>_SHELL_OPTIONS} the same way.
 */
public final class HarnessEnv {

    /** The OSS prefix. */
    public static final String DEFAULT_PREFIX = "DONMAI";

    private static final Pattern PREFIX = Pattern.compile("^[A-Z][A-Z0-9_]{0,31}$");

    private HarnessEnv() {
    }

    /**
     * Returns {@code prefix} when it is a valid variable-name prefix (upper case, digits, {@code _}).
     *
     * @throws ProviderException.ContractViolation {@code INVALID_VALUE(field)}
     */
    public static String requirePrefix(String prefix, String field) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, field);
        }
        return prefix;
    }

    /** {@code <P>_PROMPT_FILE}: the rendered prompt's path. */
    public static String promptFile(String prefix) {
        return prefix + "_PROMPT_FILE";
    }

    /** {@code <P>_<HARNESS>_OPTIONS}, e.g. {@code DONMAI_STUB_OPTIONS}: the harness options as JSON. */
    public static String options(String prefix, String harnessId) {
        return prefix + "_" + harnessId.toUpperCase(Locale.ROOT).replace('-', '_') + "_OPTIONS";
    }

    /** The brand as lower-case file-name part, e.g. {@code donmai} (the stub script is {@code <brand>-stub.sh}). */
    public static String brand(String prefix) {
        return prefix.toLowerCase(Locale.ROOT);
    }
}

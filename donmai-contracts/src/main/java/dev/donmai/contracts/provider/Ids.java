package dev.donmai.contracts.provider;

import java.util.regex.Pattern;

/** Validation of the identifiers the contracts use: provider ids, path-safe ids and session ids. */
public final class Ids {

    /** Provider ids: lower case, digits and hyphens, 1–63 characters. */
    public static final Pattern PROVIDER_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");
    /** Every other id: path-safe, 1–128 characters. */
    public static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$");

    private Ids() {
    }

    /** True when {@code value} is a valid provider id. */
    public static boolean isProviderId(String value) {
        return value != null && PROVIDER_ID.matcher(value).matches();
    }

    /** True when {@code value} is a valid path-safe id. */
    public static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /** True when {@code value} is a valid id that can also name the branch {@code agent/<value>}. */
    public static boolean isSessionId(String value) {
        return isId(value) && !value.contains("..") && !value.endsWith(".") && !value.endsWith(".lock");
    }

    /** Returns {@code value} or throws {@code ContractViolation(INVALID_VALUE, field)} without echoing it. */
    public static String requireProviderId(String value, String field) {
        return check(isProviderId(value), value, field);
    }

    /** Returns {@code value} or throws {@code ContractViolation(INVALID_VALUE, field)} without echoing it. */
    public static String requireId(String value, String field) {
        return check(isId(value), value, field);
    }

    /** Returns {@code value} or throws {@code ContractViolation(INVALID_VALUE, field)} without echoing it. */
    public static String requireSessionId(String value, String field) {
        return check(isSessionId(value), value, field);
    }

    private static String check(boolean valid, String value, String field) {
        if (value == null) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.MISSING_REQUIRED_FIELD, field);
        }
        if (!valid) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, field);
        }
        return value;
    }
}

package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.WireValue;
import java.util.regex.Pattern;

/**
 * Who serves a model to a harness, e.g. the harness's own OAuth login ({@code oauth-cli}) or a cloud platform
 * ({@code vertex}). An open value: the constants name well-known hosts, and any lower-case kebab name is accepted.
 *
 * @param value the host name, e.g. {@code vertex}
 */
public record ServingHost(String value) implements WireValue {

    /** Well-formed names: lower case, digits, {@code .}, {@code _} and {@code -}; 1–63 characters. */
    public static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,62}$");

    /** The harness CLI's own OAuth session (e.g. a subscription login). */
    public static final ServingHost OAUTH_CLI = new ServingHost("oauth-cli");
    /** Google Cloud Vertex AI. */
    public static final ServingHost VERTEX = new ServingHost("vertex");
    /** Amazon Bedrock. */
    public static final ServingHost BEDROCK = new ServingHost("bedrock");
    /** The model company's own API. */
    public static final ServingHost DIRECT = new ServingHost("direct");

    public ServingHost {
        FieldChecks.require(value, "servingHost");
        FieldChecks.check(NAME.matcher(value).matches(), "servingHost");
    }

    /** The host with this name. */
    public static ServingHost of(String value) {
        return new ServingHost(value);
    }

    @Override
    public String wire() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

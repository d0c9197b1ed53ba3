package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.WireValue;
import java.util.regex.Pattern;

/**
 * The wire protocol a harness speaks to a model endpoint, e.g. {@code anthropic-messages}. An open value: the
 * constants name the well-known protocols, and any lower-case kebab name is accepted.
 *
 * @param value the protocol name, e.g. {@code anthropic-messages}
 */
public record WireProtocol(String value) implements WireValue {

    /** Well-formed names: lower case, digits, {@code .}, {@code _} and {@code -}; 1–63 characters. */
    public static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,62}$");

    /** Anthropic Messages API. */
    public static final WireProtocol ANTHROPIC_MESSAGES = new WireProtocol("anthropic-messages");
    /** OpenAI Chat Completions API and its compatibles. */
    public static final WireProtocol OPENAI_CHAT_COMPLETIONS = new WireProtocol("openai-chat-completions");
    /** OpenAI Responses API. */
    public static final WireProtocol OPENAI_RESPONSES = new WireProtocol("openai-responses");

    public WireProtocol {
        FieldChecks.require(value, "wireProtocol");
        FieldChecks.check(NAME.matcher(value).matches(), "wireProtocol");
    }

    /** The protocol with this name. */
    public static WireProtocol of(String value) {
        return new WireProtocol(value);
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

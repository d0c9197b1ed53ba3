package dev.donmai.contracts.provider;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fault raised by a provider or by the host on a provider's behalf. Expected outcomes are sealed result values;
 * everything else that escapes a verb is one of these kinds. Messages never carry secret material, and a rejected
 * value is named by its field, never echoed.
 */
public abstract sealed class ProviderException extends RuntimeException {

    private final transient ProviderRef provider;
    private final boolean retryable;

    private ProviderException(String message, ProviderRef provider, boolean retryable, Throwable cause) {
        super(message, cause);
        this.provider = provider;
        this.retryable = retryable;
    }

    /** The provider the fault belongs to, when known. */
    public Optional<ProviderRef> provider() {
        return Optional.ofNullable(provider);
    }

    /** True when the same call may succeed if repeated later. */
    public boolean retryable() {
        return retryable;
    }

    /** Codes of {@link ContractViolation}. */
    public enum ViolationCode implements WireValue {
        UNSUPPORTED_CONTRACT_VERSION,
        UNKNOWN_FIELD,
        UNKNOWN_DISCRIMINATOR,
        MISSING_REQUIRED_FIELD,
        INVALID_REFERENCE,
        SECRET_MATERIAL_FORBIDDEN,
        INVALID_VALUE;

        @Override
        public String wire() {
            return name();
        }
    }

    /** The verb is not offered by this provider (or a set field cannot be honoured by its capabilities). */
    public static final class Unsupported extends ProviderException {
        private final String verb;

        public Unsupported(String verb) {
            super("unsupported: " + verb, null, false, null);
            this.verb = Objects.requireNonNull(verb, "verb");
        }

        public String verb() { return verb; }
    }

    /** The provider cannot serve now; {@code retryAfter} hints when to try again. */
    public static final class Unavailable extends ProviderException {
        private final String reason;
        private final transient Duration retryAfter;

        public Unavailable(String reason, @Nullable Duration retryAfter) {
            super("unavailable: " + reason, null, true, null);
            this.reason = Objects.requireNonNull(reason, "reason");
            this.retryAfter = retryAfter;
        }

        public String reason() { return reason; }
        public Optional<Duration> retryAfter() { return Optional.ofNullable(retryAfter); }
    }

    /** No provider of {@code family} matches the target. */
    public static final class NoProvider extends ProviderException {
        private final ProviderFamily family;
        private final String target;

        public NoProvider(ProviderFamily family, String target) {
            super("no " + family.wire() + " provider for " + target, null, false, null);
            this.family = family;
            this.target = Objects.requireNonNull(target, "target");
        }

        public ProviderFamily family() { return family; }
        public String target() { return target; }
    }

    /** Every candidate was tried and failed; {@code trace} says why, one line per candidate. */
    public static final class CandidatesExhausted extends ProviderException {
        private final List<String> trace;

        public CandidatesExhausted(List<String> trace) {
            super("all candidates failed: " + String.join("; ", trace), null, true, null);
            this.trace = List.copyOf(trace);
        }

        public List<String> trace() { return trace; }
    }

    /** A scope is malformed (rule 1 of scope resolution). */
    public static final class InvalidScope extends ProviderException {
        public InvalidScope(String reason) {
            super("invalid scope: " + reason, null, false, null);
        }
    }

    /** Two providers share family, id and scope level (rule 4); registry load fails. */
    public static final class ScopeConflict extends ProviderException {
        private final ProviderFamily family;
        private final String id;
        private final ScopeLevel level;

        public ScopeConflict(ProviderFamily family, String id, ScopeLevel level) {
            super("ScopeConflict: two " + family.wire() + " providers with id '" + id + "' at scope level "
                    + level.wire(), null, false, null);
            this.family = family;
            this.id = id;
            this.level = level;
        }

        public ProviderFamily family() { return family; }
        public String id() { return id; }
        public ScopeLevel level() { return level; }
    }

    /** The provider's signature did not satisfy the trust mode. */
    public static final class SignatureRejected extends ProviderException {
        private final SignatureCheck check;

        public SignatureRejected(ProviderRef provider, SignatureCheck check) {
            super("signature rejected (" + check.wire() + ")", provider, false, null);
            this.check = Objects.requireNonNull(check, "check");
        }

        public SignatureCheck check() { return check; }
    }

    /** Capabilities observed at activation fall below those declared. */
    public static final class CapabilityMismatch extends ProviderException {
        private final List<String> components;

        public CapabilityMismatch(ProviderRef provider, List<String> components) {
            super("observed capabilities below declared: " + components, provider, false, null);
            this.components = List.copyOf(components);
        }

        public List<String> components() { return components; }
    }

    /** Activation threw; the provider stays inactive. */
    public static final class ActivationFailed extends ProviderException {
        public ActivationFailed(ProviderRef provider, Throwable cause) {
            super("activation failed: " + cause.getClass().getSimpleName(), provider, true, cause);
        }
    }

    /** Input broke the contract; {@code field} names where, the value is never echoed. */
    public static final class ContractViolation extends ProviderException {
        private final ViolationCode code;
        private final String field;

        public ContractViolation(ViolationCode code, String field) {
            super(code.name() + ": " + field, null, false, null);
            this.code = code;
            this.field = Objects.requireNonNull(field, "field");
        }

        public ViolationCode code() { return code; }
        public String field() { return field; }
    }

    /** A workarea was released twice with different modes; modes are given by their wire names. */
    public static final class ReleaseConflict extends ProviderException {
        private final String workareaId;
        private final String first;
        private final String requested;

        public ReleaseConflict(String workareaId, String first, String requested) {
            super("workarea " + workareaId + " already released as " + first + ", not " + requested, null, false, null);
            this.workareaId = workareaId;
            this.first = first;
            this.requested = requested;
        }

        public String workareaId() { return workareaId; }
        public String first() { return first; }
        public String requested() { return requested; }
    }

    /** A host policy gate refused the request before anything ran. */
    public static final class PreAdmission extends ProviderException {
        private final String code;

        public PreAdmission(String code) {
            super("refused before admission: " + code, null, false, null);
            this.code = Objects.requireNonNull(code, "code");
        }

        public String code() { return code; }
    }

    /** A verb was called before {@code activate} or after {@code deactivate}. */
    public static final class NotActive extends ProviderException {
        public NotActive(@Nullable ProviderRef provider) {
            super("provider is not active", provider, false, null);
        }
    }

    /** The verb did not finish within its timeout. */
    public static final class Timeout extends ProviderException {
        private final String verb;
        private final transient Duration timeout;

        public Timeout(String verb, Duration timeout) {
            super(verb + " timed out after " + timeout, null, true, null);
            this.verb = verb;
            this.timeout = timeout;
        }

        public String verb() { return verb; }
        public Duration timeout() { return timeout; }
    }

    /** The caller was interrupted and the provider stopped. */
    public static final class Cancelled extends ProviderException {
        private final String verb;

        public Cancelled(String verb) {
            super(verb + " cancelled", null, false, null);
            this.verb = verb;
        }

        public String verb() { return verb; }
    }

    /** The verb failed for a provider-specific reason named by {@code code}. */
    public static final class OperationFailed extends ProviderException {
        private final String verb;
        private final String code;

        public OperationFailed(String verb, String code, boolean retryable) {
            this(verb, code, retryable, null);
        }

        public OperationFailed(String verb, String code, boolean retryable, @Nullable Throwable cause) {
            super(verb + " failed: " + code, null, retryable, cause);
            this.verb = verb;
            this.code = code;
        }

        public String verb() { return verb; }
        public String code() { return code; }
    }
}

package dev.donmai.contracts.provider;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lifecycle, verb, tool-use, capability, scope and trust events the host emits about providers. Every event carries
 * a unique {@code eventId}, the time it happened and the provider it concerns. Listeners dedupe on {@code eventId}
 * and accept pairs (pre/post) out of order. Verb arguments and results are redacted before they get here.
 */
public sealed interface ProviderHookEvent {

    /** Unique id; listeners dedupe on it. */
    String eventId();

    /** When it happened. */
    Instant at();

    /** The provider concerned. */
    ProviderRef provider();

    /** The event's wire kind, e.g. {@code pre-activate}. */
    default String kind() {
        String simple = getClass().getSimpleName();
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Before activation. */
    record PreActivate(String eventId, Instant at, ProviderRef provider) implements ProviderHookEvent {
        public PreActivate { requireBase(eventId, at, provider); }
    }

    /** After a successful activation. */
    record PostActivate(String eventId, Instant at, ProviderRef provider, long durationMs) implements ProviderHookEvent {
        public PostActivate { requireBase(eventId, at, provider); }
    }

    /** Before deactivation, with why. */
    record PreDeactivate(String eventId, Instant at, ProviderRef provider, String reason) implements ProviderHookEvent {
        public PreDeactivate { requireBase(eventId, at, provider); Objects.requireNonNull(reason, "reason"); }
    }

    /** After deactivation. */
    record PostDeactivate(String eventId, Instant at, ProviderRef provider) implements ProviderHookEvent {
        public PostDeactivate { requireBase(eventId, at, provider); }
    }

    /** Before a verb runs; {@code args} are redacted. */
    record PreVerb(String eventId, Instant at, ProviderRef provider, String verb, Map<String, Object> args)
            implements ProviderHookEvent {
        public PreVerb { requireBase(eventId, at, provider); Objects.requireNonNull(verb, "verb"); args = Map.copyOf(args); }
    }

    /** After a verb returned; {@code result} is a redacted summary. */
    record PostVerb(String eventId, Instant at, ProviderRef provider, String verb, String result, long durationMs)
            implements ProviderHookEvent {
        public PostVerb { requireBase(eventId, at, provider); Objects.requireNonNull(verb, "verb"); Objects.requireNonNull(result, "result"); }
    }

    /** A verb threw; {@code error} is the exception kind and its secret-free message. */
    record VerbError(String eventId, Instant at, ProviderRef provider, String verb, String error)
            implements ProviderHookEvent {
        public VerbError { requireBase(eventId, at, provider); Objects.requireNonNull(verb, "verb"); Objects.requireNonNull(error, "error"); }
    }

    /** An agent is about to use a tool. */
    record PreToolUse(String eventId, Instant at, ProviderRef provider, String sessionId, String toolUseId,
            String toolName, Map<String, Object> toolInput, @Nullable String toolCategory) implements ProviderHookEvent {
        public PreToolUse {
            requireBase(eventId, at, provider);
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(toolUseId, "toolUseId");
            Objects.requireNonNull(toolName, "toolName");
            toolInput = Map.copyOf(toolInput);
        }
    }

    /** An agent's tool use finished. */
    record PostToolUse(String eventId, Instant at, ProviderRef provider, String sessionId, String toolUseId,
            String toolName, Map<String, Object> toolInput, @Nullable String toolCategory, String toolOutput,
            long durationMs, boolean isError) implements ProviderHookEvent {
        public PostToolUse {
            requireBase(eventId, at, provider);
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(toolUseId, "toolUseId");
            Objects.requireNonNull(toolName, "toolName");
            toolInput = Map.copyOf(toolInput);
            Objects.requireNonNull(toolOutput, "toolOutput");
        }
    }

    /** An agent's tool use failed before producing output. */
    record ToolUseError(String eventId, Instant at, ProviderRef provider, String sessionId, String toolUseId,
            String toolName, String error) implements ProviderHookEvent {
        public ToolUseError {
            requireBase(eventId, at, provider);
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(toolUseId, "toolUseId");
            Objects.requireNonNull(toolName, "toolName");
            Objects.requireNonNull(error, "error");
        }
    }

    /** Observed capabilities fell below the declared ones at activation. */
    record CapabilityMismatch(String eventId, Instant at, ProviderRef provider, List<String> components)
            implements ProviderHookEvent {
        public CapabilityMismatch { requireBase(eventId, at, provider); components = List.copyOf(components); }
    }

    /** Scope resolution chose {@code provider} and rejected the others. */
    record ScopeResolved(String eventId, Instant at, ProviderRef provider, List<Rejection> rejected)
            implements ProviderHookEvent {
        public ScopeResolved { requireBase(eventId, at, provider); rejected = List.copyOf(rejected); }
    }

    /** A candidate not chosen during scope resolution, and why. */
    record Rejection(ProviderRef provider, String reason) {
        public Rejection {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A provider failed the trust check and was dropped without activating. */
    record TrustRejected(String eventId, Instant at, ProviderRef provider, SignatureCheck check, TrustMode mode,
            String reason) implements ProviderHookEvent {
        public TrustRejected {
            requireBase(eventId, at, provider);
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A family-specific event a provider publishes through {@link ProviderHost#publish}. */
    record FamilyEvent(String eventId, Instant at, ProviderRef provider, FamilyEventKind familyKind,
            Map<String, Object> payload) implements ProviderHookEvent {
        public FamilyEvent {
            requireBase(eventId, at, provider);
            Objects.requireNonNull(familyKind, "familyKind");
            payload = Map.copyOf(payload);
        }

        @Override
        public String kind() {
            return familyKind.wire();
        }
    }

    private static void requireBase(String eventId, Instant at, ProviderRef provider) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(provider, "provider");
    }
}

package dev.donmai.runtime.internal.session;

import dev.donmai.contracts.events.Causation;
import dev.donmai.contracts.events.EventTopic;
import dev.donmai.contracts.events.Evidence;
import dev.donmai.contracts.events.ExecutionEventEnvelope;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.runtime.spi.CanonicalJson;
import dev.donmai.runtime.spi.ExecutionEventSink;
import dev.donmai.runtime.spi.SecretRedactor;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a session's facts to the event spine ({@link ExecutionEventSink}, sessions.md §7 (b)): lifecycle topics and
 * the topic of each normalised event, with a per-session {@code sequence} that runs on across attempts (the event id
 * is derived from session id and sequence, so a new attempt must not reuse numbers). Payloads are already redacted;
 * secret-named keys are left out entirely, because an envelope refuses them. A sink failure is counted
 * ({@code spineDropped}) and never fails the session.
 */
final class SpineEmitter {

    private static final System.Logger LOG = System.getLogger(SpineEmitter.class.getName());

    private final ExecutionEventSink sink;
    private final Clock clock;
    private final String organizationId;
    private final String projectId;
    private final String sessionId;
    private final int attempt;
    private final AtomicLong sequence;
    private long dropped;

    SpineEmitter(ExecutionEventSink sink, Clock clock, String organizationId, String projectId, String sessionId,
            int attempt, AtomicLong sequence) {
        this.sink = sink;
        this.clock = clock;
        this.organizationId = organizationId;
        this.projectId = projectId;
        this.sessionId = sessionId;
        this.attempt = attempt;
        this.sequence = sequence;
    }

    /** A lifecycle fact ({@code session.*}), made by the runner. */
    void lifecycle(EventTopic topic, Map<String, Object> payload) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("attempt", attempt);
        body.putAll(payload);
        append(topic, clock.instant(), Evidence.SYNTHESIZED, body);
    }

    /** A normalised, redacted agent event; {@code Result} has no topic (it feeds {@code session.ended}). */
    void event(AgentEvent event) {
        Optional<EventTopic> topic = EventTopic.forEvent(event);
        if (topic.isEmpty()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("attempt", attempt);
        body.put("kind", event.kind());
        body.putAll(EventFields.of(event));
        append(topic.get(), event.observedAt(), synthesized(event) ? Evidence.SYNTHESIZED : Evidence.NATIVE, body);
    }

    synchronized long dropped() {
        return dropped;
    }

    private static boolean synthesized(AgentEvent event) {
        if (event instanceof AgentEvent.Init init) {
            return init.synthesized();
        }
        if (event instanceof AgentEvent.Error error) {
            return List.of(AgentEvent.Error.SILENT_EXIT, AgentEvent.Error.SPAWN_FAILED, AgentEvent.Error.KILLED,
                    AgentEvent.Error.STREAM_PROTOCOL_ERROR).contains(error.code());
        }
        return event instanceof AgentEvent.SystemNotice notice
                && (AgentEvent.SystemNotice.DUPLICATE_INIT.equals(notice.subtype())
                        || AgentEvent.SystemNotice.UNPARSED.equals(notice.subtype()));
    }

    private void append(EventTopic topic, Instant observedAt, Evidence evidence, Map<String, Object> payload) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> clean = (Map<String, Object>) withoutSecretKeys(payload);
            long seq = sequence.incrementAndGet();
            ExecutionEventEnvelope envelope = ExecutionEventEnvelope.forSession(organizationId, projectId, sessionId,
                    topic, seq, observedAt, clock.instant(), evidence, clean, sha256(clean), Causation.ROOT);
            sink.append(envelope);
        } catch (RuntimeException e) {
            synchronized (this) {
                dropped++;
            }
            LOG.log(System.Logger.Level.WARNING, "event spine append failed for session " + sessionId + " ("
                    + topic.wire() + "): " + e.getClass().getSimpleName());
        }
    }

    static Object withoutSecretKeys(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (!SecretRedactor.isSecretName(key)) {
                    copy.put(key, withoutSecretKeys(v));
                }
            });
            return copy;
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            items.forEach(item -> copy.add(withoutSecretKeys(item)));
            return copy;
        }
        return value;
    }

    private static String sha256(Map<String, Object> payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CanonicalJson.utf8(payload)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}

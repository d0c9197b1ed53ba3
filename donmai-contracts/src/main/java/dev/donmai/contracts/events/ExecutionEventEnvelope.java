package dev.donmai.contracts.events;

import dev.donmai.contracts.provider.FieldChecks;
import static dev.donmai.contracts.provider.FieldChecks.check;
import static dev.donmai.contracts.provider.FieldChecks.require;

import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One record of the execution-event log (contracts.md §5, audit.md §1): a topic and a JSON-shaped payload about one
 * subject, with its place in the subject's sequence, its causation and the digest of its payload.
 *
 * <p>Invariants checked here: {@code recordVersion} is {@value #RECORD_VERSION}; {@code sequence} ≥ 1;
 * {@code eventId} and {@code payloadSha256} are well-formed, and for a session subject {@code eventId} equals
 * {@link #eventIdFor(String, long) eventIdFor(subject.id, sequence)}; the payload is JSON-shaped (null, string,
 * number, boolean, string-keyed maps, lists) and carries no secret: a key matching {@link #SECRET_KEY} at any depth,
 * or a {@link Secret} value, is {@code ContractViolation(SECRET_MATERIAL_FORBIDDEN, key)} (boundary.md A11). The
 * payload is deep-copied and unmodifiable; {@code payloadSha256} (SHA-256 of the payload's RFC 8785 canonical JSON)
 * is computed by the runtime, which owns the JSON canonicaliser.
 *
 * @param recordVersion  the envelope version, {@value #RECORD_VERSION}
 * @param eventId        {@code evt_} + 64 lowercase hex; stable for (subject, sequence)
 * @param organizationId the organization ({@code local} when none)
 * @param projectId      the project, when known
 * @param subject        what the event is about
 * @param topic          the topic
 * @param sequence       position in the subject's sequence, contiguous from 1
 * @param observedAt     when the event was observed
 * @param recordedAt     when it was recorded
 * @param busPosition    position in the durable log, set on append
 * @param evidence       how directly it reflects what happened
 * @param payload        topic-specific JSON-shaped data
 * @param payloadSha256  lowercase hex SHA-256 of the canonical payload
 * @param causation      where it sits in its causal chain
 */
public record ExecutionEventEnvelope(
        int recordVersion,
        String eventId,
        String organizationId,
        @Nullable String projectId,
        Subject subject,
        EventTopic topic,
        long sequence,
        Instant observedAt,
        Instant recordedAt,
        @Nullable Long busPosition,
        Evidence evidence,
        Map<String, Object> payload,
        String payloadSha256,
        Causation causation) {

    /** The only envelope version. */
    public static final int RECORD_VERSION = 1;

    /** Well-formed event ids. */
    public static final Pattern EVENT_ID = Pattern.compile("^evt_[0-9a-f]{64}$");

    /** Well-formed payload digests. */
    public static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-f]{64}$");

    /**
     * Secret-like names (boundary.md §3 {@code SECRET}); {@code .*token} is anchored at the end, so counters such as
     * {@code inputTokens} pass.
     */
    public static final Pattern SECRET_KEY = Pattern.compile(
            "(?i)(.*(secret|password|passwd|apikey|api_key|credential|authorization|bearer|jwt|privatekey|private_key"
                    + "|cookie).*|.*token|.*headers?)");

    public ExecutionEventEnvelope {
        if (recordVersion != RECORD_VERSION) {
            throw new ProviderException.ContractViolation(
                    ProviderException.ViolationCode.UNSUPPORTED_CONTRACT_VERSION, "recordVersion");
        }
        require(eventId, "eventId");
        check(EVENT_ID.matcher(eventId).matches(), "eventId");
        Ids.requireId(organizationId, "organizationId");
        require(subject, "subject");
        require(topic, "topic");
        check(sequence >= 1, "sequence");
        if (subject.kind() == SubjectKind.SESSION) {
            check(eventId.equals(eventIdFor(subject.id(), sequence)), "eventId");
        }
        require(observedAt, "observedAt");
        require(recordedAt, "recordedAt");
        check(busPosition == null || busPosition >= 1, "busPosition");
        require(evidence, "evidence");
        require(payload, "payload");
        rejectSecrets(payload, "payload");
        payload = FieldChecks.json(payload, "payload");
        require(payloadSha256, "payloadSha256");
        check(SHA256_HEX.matcher(payloadSha256).matches(), "payloadSha256");
        require(causation, "causation");
        check(!eventId.equals(causation.parentEventId()), "causation.parentEventId");
    }

    /**
     * An envelope about a session, not yet appended ({@code busPosition} absent), with its event id computed by
     * {@link #eventIdFor(String, long)}.
     */
    public static ExecutionEventEnvelope forSession(String organizationId, @Nullable String projectId,
            String sessionId, EventTopic topic, long sequence, Instant observedAt, Instant recordedAt,
            Evidence evidence, Map<String, Object> payload, String payloadSha256, Causation causation) {
        return new ExecutionEventEnvelope(RECORD_VERSION, eventIdFor(sessionId, sequence), organizationId, projectId,
                Subject.session(sessionId), topic, sequence, observedAt, recordedAt, null, evidence, payload,
                payloadSha256, causation);
    }

    /** This envelope with {@code busPosition} set, as the durable log returns it after append. */
    public ExecutionEventEnvelope withBusPosition(long position) {
        return new ExecutionEventEnvelope(recordVersion, eventId, organizationId, projectId, subject, topic, sequence,
                observedAt, recordedAt, position, evidence, payload, payloadSha256, causation);
    }

    /**
     * The id of event {@code sequence} of session {@code sessionId}:
     * {@code "evt_" + hex(sha256(recordVersion ‖ 0x00 ‖ sessionId ‖ 0x00 ‖ sequence))}.
     *
     * <p>Byte encoding: {@code recordVersion} ({@value #RECORD_VERSION}) and {@code sequence} as their shortest
     * decimal ASCII digits (no sign, no leading zeros; e.g. {@code "1"}, {@code "42"}), {@code sessionId} as UTF-8,
     * each separated by one {@code 0x00} byte, no terminator; hex is lowercase. So session {@code s-1}, sequence 1
     * hashes the 7 bytes {@code 31 00 73 2d 31 00 31}. The same (session, sequence) always yields the same id, which
     * makes appends idempotent across restarts and attempts.
     *
     * @throws ProviderException.ContractViolation {@code INVALID_VALUE} for a bad session id or a sequence below 1
     */
    public static String eventIdFor(String sessionId, long sequence) {
        Ids.requireSessionId(sessionId, "sessionId");
        check(sequence >= 1, "sequence");
        byte[] version = Integer.toString(RECORD_VERSION).getBytes(StandardCharsets.US_ASCII);
        byte[] session = sessionId.getBytes(StandardCharsets.UTF_8);
        byte[] seq = Long.toString(sequence).getBytes(StandardCharsets.US_ASCII);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(version);
            sha256.update((byte) 0);
            sha256.update(session);
            sha256.update((byte) 0);
            sha256.update(seq);
            return "evt_" + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /** True when {@code name} is secret-like under boundary.md §3 {@code SECRET}. */
    public static boolean isSecretKey(String name) {
        return name != null && SECRET_KEY.matcher(name).matches();
    }

    private static void rejectSecrets(Object value, String key) {
        if (value instanceof Secret) {
            throw forbidden(key);
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String name = entry.getKey() instanceof String s ? s : key;
                if (isSecretKey(name)) {
                    throw forbidden(name);
                }
                rejectSecrets(entry.getValue(), name);
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                rejectSecrets(item, key);
            }
        }
    }

    private static ProviderException.ContractViolation forbidden(String key) {
        return new ProviderException.ContractViolation(ProviderException.ViolationCode.SECRET_MATERIAL_FORBIDDEN, key);
    }
}

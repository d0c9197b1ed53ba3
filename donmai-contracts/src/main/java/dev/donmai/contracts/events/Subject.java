package dev.donmai.contracts.events;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;

/**
 * The subject of an execution event; {@code sequence} is contiguous per subject. A session subject's id is a valid
 * session id, any other a valid path-safe id.
 *
 * @param kind what the subject is
 * @param id   its id
 */
public record Subject(SubjectKind kind, String id) {

    public Subject {
        FieldChecks.require(kind, "subject.kind");
        if (kind == SubjectKind.SESSION) {
            Ids.requireSessionId(id, "subject.id");
        } else {
            Ids.requireId(id, "subject.id");
        }
    }

    /** A session subject. */
    public static Subject session(String sessionId) {
        return new Subject(SubjectKind.SESSION, sessionId);
    }
}

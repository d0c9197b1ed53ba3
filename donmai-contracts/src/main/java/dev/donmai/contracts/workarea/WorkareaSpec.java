package dev.donmai.contracts.workarea;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.session.SessionKey;
import java.util.Map;

/**
 * What a session asks of a workarea provider.
 *
 * @param session          the session the workarea is for
 * @param scope            where the session runs (tenant, org, project, paths)
 * @param source           what to check out; absent = an empty repository
 * @param os               the operating system required, absent = any
 * @param arch             the architecture required, absent = any
 * @param toolchain        toolchain demands, tool → demand in the sessions.md §14 grammar, e.g. {@code java → "17"}
 * @param fromSnapshot     restore this snapshot instead of checking out afresh (needs {@code supportsSnapshot})
 * @param mode             exclusive or shared
 * @param parentWorkareaId the workarea this one derives from, if any
 */
public record WorkareaSpec(
        SessionKey session,
        ScopeTarget scope,
        @Nullable WorkareaSource source,
        @Nullable Os os,
        @Nullable Arch arch,
        Map<String, String> toolchain,
        @Nullable WorkareaSnapshotRef fromSnapshot,
        WorkareaMode mode,
        @Nullable String parentWorkareaId) {

    public WorkareaSpec {
        FieldChecks.require(session, "session");
        FieldChecks.require(scope, "scope");
        toolchain = FieldChecks.requiredMap(toolchain, "toolchain");
        toolchain.forEach((tool, demand) -> {
            FieldChecks.check(tool.matches("^[a-z][a-z0-9_-]{0,31}$"), "toolchain");
            FieldChecks.check(!demand.isBlank(), "toolchain");
        });
        FieldChecks.require(mode, "mode");
        if (parentWorkareaId != null) {
            Ids.requireId(parentWorkareaId, "parentWorkareaId");
        }
    }

    /** An exclusive workarea for {@code session} with {@code source}, no toolchain demand, any os and arch. */
    public static WorkareaSpec exclusive(SessionKey session, ScopeTarget scope, @Nullable WorkareaSource source) {
        return new WorkareaSpec(session, scope, source, null, null, Map.of(), null, WorkareaMode.EXCLUSIVE, null);
    }
}

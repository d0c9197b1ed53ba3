package dev.donmai.contracts.workarea;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An acquired workarea.
 *
 * @param id                 unique per acquire
 * @param path               the harness's working directory, absolute
 * @param workareaRoot       the directory the provider owns around {@code path}, if different
 * @param providerId         the provider that acquired it
 * @param ref                the ref that was asked for
 * @param commit             the commit {@code ref} resolved to (hex object id)
 * @param cleanStateChecksum lower-case hex SHA-256 of the clean state (sessions.md §13)
 * @param toolchain          resolved toolchain, tool → version found
 * @param acquiredAt         when the acquire completed
 * @param mode               exclusive or shared
 * @param parentId           the workarea this one derives from, if any
 * @param cursor             position in the workarea's observation stream
 * @param acquirePath        how the acquire was served
 */
public record Workarea(
        String id,
        Path path,
        @Nullable Path workareaRoot,
        String providerId,
        String ref,
        String commit,
        String cleanStateChecksum,
        Map<String, String> toolchain,
        Instant acquiredAt,
        WorkareaMode mode,
        @Nullable String parentId,
        WorkareaCursor cursor,
        AcquirePath acquirePath) {

    private static final Pattern COMMIT = Pattern.compile("^[0-9a-f]{7,64}$");
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    public Workarea {
        Ids.requireId(id, "id");
        FieldChecks.require(path, "path");
        FieldChecks.check(path.isAbsolute(), "path");
        if (workareaRoot != null) {
            FieldChecks.check(workareaRoot.isAbsolute(), "workareaRoot");
        }
        Ids.requireProviderId(providerId, "providerId");
        FieldChecks.requireText(ref, "ref");
        FieldChecks.require(commit, "commit");
        FieldChecks.check(COMMIT.matcher(commit).matches(), "commit");
        FieldChecks.require(cleanStateChecksum, "cleanStateChecksum");
        FieldChecks.check(SHA256.matcher(cleanStateChecksum).matches(), "cleanStateChecksum");
        toolchain = FieldChecks.requiredMap(toolchain, "toolchain");
        FieldChecks.require(acquiredAt, "acquiredAt");
        FieldChecks.require(mode, "mode");
        if (parentId != null) {
            Ids.requireId(parentId, "parentId");
        }
        FieldChecks.require(cursor, "cursor");
        FieldChecks.require(acquirePath, "acquirePath");
    }

    /** The same workarea with its cursor advanced to {@code position}. */
    public Workarea withCursorPosition(long position) {
        return new Workarea(id, path, workareaRoot, providerId, ref, commit, cleanStateChecksum, toolchain,
                acquiredAt, mode, parentId, new WorkareaCursor(cursor.streamId(), position), acquirePath);
    }
}

package dev.donmai.runtime.internal.access;

import dev.donmai.contracts.model.AccessBlock;
import dev.donmai.contracts.model.AccessDecision;
import dev.donmai.contracts.model.AccessRequest;
import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CellRule;
import dev.donmai.contracts.model.MachineAccess;
import dev.donmai.contracts.model.ModelAccessResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The narrow-only, fail-closed access gate of contracts.md §3.5. Stateless and thread-safe.
 *
 * <p>The ceiling ({@link AccessRequest#platformAllowed()}) is a closed set: the effective set is computed by
 * removing modes from it, never by reading modes out of the machine matrix, so no machine cell can widen it. Cells
 * that try ({@code allowed:true} for a mode outside the ceiling) are reported as dropped.
 */
public final class NarrowOnlyResolver implements ModelAccessResolver {

    /** The shared instance. */
    public static final NarrowOnlyResolver INSTANCE = new NarrowOnlyResolver();

    @Override
    public AccessDecision resolve(AccessRequest request) {
        Objects.requireNonNull(request, "request");
        List<AuthMode> ceiling = request.platformAllowed();
        AccessBlock block = selectBlock(request.machine(), request.workload());
        List<String> rows = rows(request);

        List<AuthMode> effective = new ArrayList<>(ceiling.size());
        for (AuthMode mode : ceiling) {
            if (rule(block, rows, mode).map(CellRule::allowed).orElse(true)) {
                effective.add(mode);
            }
        }
        List<String> dropped = dropped(block, rows, ceiling);
        if (effective.isEmpty()) {
            return new AccessDecision.Denied(effective, dropped);
        }
        AuthMode picked = pick(effective, block, request.requested());
        Optional<CellRule> pins = rule(block, rows, picked);
        String host = pins.flatMap(CellRule::pinnedHost).orElse(null);
        String model = pins.flatMap(CellRule::pinnedModel).orElse(request.model());
        return new AccessDecision.Granted(picked, host, model, effective, dropped);
    }

    /** The workload's block, else the default block; {@code null} means no narrowing. */
    static AccessBlock selectBlock(MachineAccess machine, String workload) {
        if (machine == null) {
            return null;
        }
        AccessBlock own = machine.workloads().get(workload);
        return own != null ? own : machine.defaultBlock();
    }

    /** The rows that apply, most specific first: the model, the company, {@code *}; no repeats. */
    private static List<String> rows(AccessRequest request) {
        List<String> rows = new ArrayList<>(3);
        for (String row : List.of(request.model(), request.company(), AccessBlock.ANY_ROW)) {
            if (!rows.contains(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** A mode's rule: the first row that has a cell for it; empty means allowed. */
    private static Optional<CellRule> rule(AccessBlock block, List<String> rows, AuthMode mode) {
        if (block == null) {
            return Optional.empty();
        }
        for (String row : rows) {
            Optional<CellRule> cell = block.cell(row, mode);
            if (cell.isPresent()) {
                return cell;
            }
        }
        return Optional.empty();
    }

    /** Every allowing cell on an applicable row whose mode is outside the ceiling, row order then mode order. */
    private static List<String> dropped(AccessBlock block, List<String> rows, List<AuthMode> ceiling) {
        if (block == null) {
            return List.of();
        }
        List<String> dropped = new ArrayList<>();
        for (String row : rows) {
            Map<AuthMode, CellRule> cells = block.matrix().getOrDefault(row, Map.of());
            for (AuthMode mode : AuthMode.LADDER) {
                CellRule cell = cells.get(mode);
                if (cell != null && cell.allowed() && !ceiling.contains(mode)) {
                    dropped.add(row + "." + mode.wire());
                }
            }
        }
        return dropped;
    }

    /** The requested mode if effective, else the block's auth order, else the ladder. */
    private static AuthMode pick(List<AuthMode> effective, AccessBlock block, AuthMode requested) {
        if (requested != null && effective.contains(requested)) {
            return requested;
        }
        if (block != null) {
            for (AuthMode mode : block.authOrder()) {
                if (effective.contains(mode)) {
                    return mode;
                }
            }
        }
        for (AuthMode mode : AuthMode.LADDER) {
            if (effective.contains(mode)) {
                return mode;
            }
        }
        throw new IllegalStateException("unreachable: the ladder holds every mode");
    }
}

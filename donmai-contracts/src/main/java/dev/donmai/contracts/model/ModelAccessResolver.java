package dev.donmai.contracts.model;

/**
 * The narrow-only access gate (contracts.md §3.5): given the platform's ceiling of allowed auth modes and this
 * machine's access configuration, decides which auth mode, serving host and model a session may use.
 *
 * <p>The machine configuration can only subtract from the ceiling, never add to it: whatever the machine says, a
 * {@link AccessDecision.Granted} mode and every mode of {@link AccessDecision#effectiveSet()} belong to
 * {@link AccessRequest#platformAllowed()}. The worst a wrong or hostile machine block can do is deny.
 *
 * <p>The rules:
 * <ol>
 *   <li><b>Block</b>: the machine's block for the request's workload, else its default block; with no machine
 *       configuration, or neither block, nothing is narrowed (identity).</li>
 *   <li><b>Rule of a mode</b>: the block's cell for that mode on the model's row, else on the company's row, else on
 *       the {@code *} row; when none of them has a cell the mode is allowed.</li>
 *   <li><b>Effective set</b>: the ceiling, in its own order, minus every mode whose rule is {@code allowed:false}.</li>
 *   <li><b>Dropped</b>: {@code "<row>.<mode-wire>"} for every {@code allowed:true} cell on those rows whose mode is
 *       not in the ceiling (a grant the machine cannot make).</li>
 *   <li><b>Pick</b>: the requested mode if it is effective; else the first effective mode of the block's
 *       {@link AccessBlock#authOrder()}; else the first effective mode of {@link AuthMode#LADDER}.</li>
 *   <li><b>Pins</b>: the picked mode's rule sets the serving host (none when it names none) and the model (the
 *       requested model when it names none).</li>
 *   <li>An empty effective set is {@link AccessDecision.Denied}.</li>
 * </ol>
 *
 * <p>Implementations are pure and thread-safe; the gate runs before any credential is delivered, and a denial means
 * the work is refused.
 */
public interface ModelAccessResolver {

    /**
     * Decides access for one request; never throws for a well-formed request.
     *
     * @param request the ceiling, the machine configuration and the cell asked for
     * @return {@link AccessDecision.Granted} or {@link AccessDecision.Denied}
     */
    AccessDecision resolve(AccessRequest request);
}

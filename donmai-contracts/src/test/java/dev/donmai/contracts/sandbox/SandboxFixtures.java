package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import java.util.List;

/** Values shared by the sandbox tests. */
final class SandboxFixtures {

    private SandboxFixtures() {
    }

    static SandboxCapabilities capabilities(boolean pauseResume, boolean capacity, boolean logs,
            Integer maxConcurrent) {
        return new SandboxCapabilities(TransportModel.DIAL_OUT, false, pauseResume, capacity, maxConcurrent, null,
                List.of("*"), Os.LINUX, Arch.X86_64, IdleCostModel.ZERO, BillingModel.WALL_CLOCK, null, null, false,
                false, EgressDefault.ALLOW_ALL, RepositoryAuthorityEnforcement.NONE, false, logs);
    }
}

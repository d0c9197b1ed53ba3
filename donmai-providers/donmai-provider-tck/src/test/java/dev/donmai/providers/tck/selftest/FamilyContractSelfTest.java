package dev.donmai.providers.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.agent.HarnessProvider;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.kit.KitProvider;
import dev.donmai.contracts.model.ModelEndpointProvider;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.requester.RequesterProvider;
import dev.donmai.contracts.sandbox.SandboxProvider;
import dev.donmai.contracts.vcs.VcsProvider;
import dev.donmai.contracts.workarea.WorkareaProvider;
import dev.donmai.providers.tck.HarnessProviderContractTest;
import dev.donmai.providers.tck.KitProviderContractTest;
import dev.donmai.providers.tck.ModelEndpointProviderContractTest;
import dev.donmai.providers.tck.RequesterProviderContractTest;
import dev.donmai.providers.tck.SandboxProviderContractTest;
import dev.donmai.providers.tck.Scenario;
import dev.donmai.providers.tck.TckIds;
import dev.donmai.providers.tck.VcsProviderContractTest;
import dev.donmai.providers.tck.WorkareaProviderContractTest;
import dev.donmai.providers.tck.fakes.FakeHarnessProvider;
import dev.donmai.providers.tck.fakes.FakeHarnessProviderFactory;
import dev.donmai.providers.tck.fakes.FakeKitProviderFactory;
import dev.donmai.providers.tck.fakes.FakeModelEndpointProviderFactory;
import dev.donmai.providers.tck.fakes.FakeRequesterProviderFactory;
import dev.donmai.providers.tck.fakes.FakeSandboxProviderFactory;
import dev.donmai.providers.tck.fakes.FakeVcsProviderFactory;
import dev.donmai.providers.tck.fakes.FakeWorkareaProviderFactory;
import dev.donmai.providers.tck.selftest.ContractRun.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shows that the family checks can fail: a correct fake, wrapped so that it breaks one family rule, is run through
 * its family's contract test in a nested launcher, and the check aimed at that rule must fail.
 */
class FamilyContractSelfTest {

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of(NoInit.class, "succeedWithText"),
                Arguments.of(Deaf.class, "hangThenStop"),
                Arguments.of(OneShotTerminate.class, "terminateTwiceIsTerminated"),
                Arguments.of(Forgetful.class, "releaseIsIdempotentPerMode"),
                Arguments.of(SilentMerge.class, "overlappingPullIsSurfaced"),
                Arguments.of(Littering.class, "detectIsPureDeterministicAndTimely"),
                Arguments.of(Sloppy.class, "noCommonProtocolIsUnsupported"),
                Arguments.of(OpenDoor.class, "unknownBearerIsDenied"));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("defects")
    void eachFamilyDefectFailsItsCheck(Class<?> contract, String check) {
        assertThat(ContractRun.of(contract)).as("outcomes of %s", contract.getSimpleName())
                .containsEntry(check, Outcome.FAILED);
    }

    abstract static class BrokenHarness extends HarnessProviderContractTest<HarnessProvider> {
        @Override
        protected SpawnSpec specFor(Scenario scenario, Path cwd) {
            return SpawnSpec.builder(TckIds.sessionKey(), cwd, "play",
                    endpointFor(FakeHarnessProviderFactory.CAPABILITIES))
                    .env(Map.of(FakeHarnessProvider.SCENARIO_ENV, scenario.name())).build();
        }

        @Override
        protected Duration stopGrace() {
            return Duration.ofMillis(100);
        }

        @Override
        protected Duration scenarioTimeout() {
            // A broken stream may never deliver what a check waits for; keep the self-test quick.
            return Duration.ofSeconds(3);
        }
    }

    static class NoInit extends BrokenHarness {
        @Override
        protected ProviderFactory factory() {
            return Delegating.factory(new FakeHarnessProviderFactory(), BrokenFamilies.NoInitHarness::new);
        }
    }

    static class Deaf extends BrokenHarness {
        @Override
        protected ProviderFactory factory() {
            return Delegating.factory(new FakeHarnessProviderFactory(), BrokenFamilies.DeafHarness::new);
        }
    }

    static class OneShotTerminate extends SandboxProviderContractTest<SandboxProvider> {
        @Override
        protected ProviderFactory factory() {
            return Delegating.factory(new FakeSandboxProviderFactory(), BrokenFamilies.OneShotTerminateSandbox::new);
        }
    }

    static class Forgetful extends WorkareaProviderContractTest<WorkareaProvider> {
        @Override
        protected ProviderFactory factory() {
            return Delegating.factory(new FakeWorkareaProviderFactory(), BrokenFamilies.ForgetfulWorkarea::new);
        }
    }

    static class SilentMerge extends VcsProviderContractTest<VcsProvider> {
        @Override
        protected ProviderFactory factory() {
            return Delegating.factory(new FakeVcsProviderFactory(), BrokenFamilies.SilentMergeVcs::new);
        }
    }

    static class Littering extends KitProviderContractTest<KitProvider> {
        @Override
        protected ProviderFactory factory() {
            return Delegating.factory(new FakeKitProviderFactory(), BrokenFamilies.LitteringKit::new);
        }

        @Override
        protected void writeMatchingTree(Path root) {
            try {
                Files.writeString(root.resolve("pom.xml"), "<project/>\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    static class Sloppy extends ModelEndpointProviderContractTest<ModelEndpointProvider> {
        @Override
        protected ProviderFactory factory() {
            return Delegating.factory(new FakeModelEndpointProviderFactory(), BrokenFamilies.SloppyModelEndpoint::new);
        }
    }

    static class OpenDoor extends RequesterProviderContractTest<RequesterProvider> {
        @Override
        protected ProviderFactory factory() {
            return Delegating.factory(new FakeRequesterProviderFactory(), BrokenFamilies.OpenDoorRequester::new);
        }
    }
}

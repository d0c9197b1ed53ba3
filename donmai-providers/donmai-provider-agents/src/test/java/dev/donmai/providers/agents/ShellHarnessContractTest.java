package dev.donmai.providers.agents;

import static org.junit.jupiter.api.Assumptions.abort;

import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.HarnessProviderContractTest;
import dev.donmai.providers.tck.Scenario;
import dev.donmai.providers.tck.TckIds;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The TCK's harness contract for {@code shell}. A shell command's end is its exit code, which always makes a
 * {@code Result}, so {@code MID_STREAM_ERROR} and {@code SILENT_EXIT} (both end in an {@code Error}) cannot be
 * played and are skipped.
 */
class ShellHarnessContractTest extends HarnessProviderContractTest<ShellHarness> {

    @Override
    protected ProviderFactory factory() {
        return new ShellHarnessFactory();
    }

    @Override
    protected ProviderConfig config() {
        return ProviderConfig.of(Map.of("enabled", true));
    }

    @Override
    protected SpawnSpec specFor(Scenario scenario, Path cwd) {
        String script = switch (scenario) {
            case SUCCEED_WITH_TEXT -> "echo 'reading the prompt'; cat \"$DONMAI_PROMPT_FILE\"; echo done";
            case FAIL -> "echo trying; echo 'no luck' >&2; exit 3";
            case HANG -> "echo started; while :; do sleep 600; done";
            case SLOW_OUTPUT -> "for i in 1 2 3; do echo \"step $i\"; sleep 0.3; done";
            case MID_STREAM_ERROR, SILENT_EXIT -> abort("a shell command always ends in a Result");
        };
        return spec(script, cwd);
    }

    static SpawnSpec spec(String script, Path cwd) {
        return SpawnSpec.builder(TckIds.sessionKey(), cwd, "the prompt", endpointFor(ShellHarness.CAPABILITIES))
                .env(Map.of("DONMAI_SHELL_OPTIONS", Json.write(Map.of("script", script)), "PATH",
                        FakeClis.searchPath()))
                .build();
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(ActivationFailure.withConfig(ProviderConfig.of(Map.of("binary", "/nonexistent/sh"))));
    }
}

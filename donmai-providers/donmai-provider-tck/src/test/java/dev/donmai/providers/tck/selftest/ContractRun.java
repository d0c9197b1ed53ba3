package dev.donmai.providers.tck.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one contract test class in a nested JUnit launcher and reports each test method's outcome, so the kit's own
 * tests can show that a broken provider really fails the check aimed at its defect.
 */
final class ContractRun {

    /** Outcome of one test method. */
    enum Outcome { PASSED, FAILED, SKIPPED }

    private ContractRun() {
    }

    /** Method name → outcome, for every test method of {@code testClass}. */
    static Map<String, Outcome> of(Class<?> testClass) {
        Map<String, Outcome> outcomes = new TreeMap<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass))
                .filters(EngineFilter.includeEngines("junit-jupiter"))
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionSkipped(TestIdentifier id, String reason) {
                name(id, outcomes, Outcome.SKIPPED);
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                name(id, outcomes, switch (result.getStatus()) {
                    case SUCCESSFUL -> Outcome.PASSED;
                    case ABORTED -> Outcome.SKIPPED;
                    case FAILED -> Outcome.FAILED;
                });
            }
        });
        return outcomes;
    }

    private static void name(TestIdentifier id, Map<String, Outcome> outcomes, Outcome outcome) {
        if (id.isTest() && id.getSource().orElse(null) instanceof MethodSource m) {
            outcomes.put(m.getMethodName(), outcome);
        }
    }
}

package dev.donmai.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.deployment.DeploymentProvider;
import dev.donmai.contracts.intelligence.MemoryStore;
import dev.donmai.contracts.issues.IssueTrackerProvider;
import dev.donmai.contracts.registry.AgentRegistryProvider;
import dev.donmai.contracts.requester.RequesterProvider;
import dev.donmai.contracts.sandbox.SandboxProvider;
import dev.donmai.contracts.vcs.VcsProvider;
import dev.donmai.contracts.workarea.WorkareaProvider;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Facets are {@code default Optional<F> f()} returning empty: a provider that overrides nothing offers no facet, so
 * "present iff the flag is true" holds for every provider whose flags are false.
 */
class FacetDefaultsTest {

    private static final Map<Class<?>, List<String>> FACETS = Map.of(
            SandboxProvider.class, List.of("capacityProbe", "logs", "pauseResume"),
            WorkareaProvider.class, List.of("resumer", "snapshotter"),
            VcsProvider.class, List.of("attestor", "conflicts", "mergeQueue", "proposals"),
            IssueTrackerProvider.class, List.of("comments", "transitions", "webhooks"),
            DeploymentProvider.class, List.of("rollback"),
            AgentRegistryProvider.class, List.of(),
            RequesterProvider.class, List.of(),
            MemoryStore.class, List.of("maintenance"));

    @TestFactory
    Stream<DynamicTest> facetsAreExactlyTheSpecifiedOnesAndEmptyByDefault() {
        return FACETS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getSimpleName(), () -> {
            Class<?> type = e.getKey();
            List<Method> facets = Arrays.stream(type.getDeclaredMethods())
                    .filter(Method::isDefault)
                    .filter(m -> m.getReturnType() == Optional.class && m.getParameterCount() == 0)
                    .toList();
            assertThat(facets.stream().map(Method::getName).sorted()).containsExactlyElementsOf(e.getValue());
            Object plain = proxyThatOverridesNothing(type);
            for (Method facet : facets) {
                assertThat((Optional<?>) facet.invoke(plain)).as(facet.getName()).isEmpty();
            }
        }));
    }

    private static Object proxyThatOverridesNothing(Class<?> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new UnsupportedOperationException(method.getName());
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}

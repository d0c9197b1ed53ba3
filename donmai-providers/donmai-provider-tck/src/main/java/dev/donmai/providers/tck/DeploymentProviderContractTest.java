package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.donmai.contracts.deployment.DeploymentCapabilities;
import dev.donmai.contracts.deployment.DeploymentProvider;
import dev.donmai.contracts.deployment.DeploymentRef;
import dev.donmai.contracts.deployment.DeploymentRequest;
import dev.donmai.contracts.deployment.DeploymentRollback;
import dev.donmai.contracts.deployment.DeploymentStatus;
import dev.donmai.contracts.provider.ProviderException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conformance checks of the {@code deployment} family (contracts.md §6, §3.6), on top of the base checks: a
 * deployment the provider refuses is a {@code Rejected} status, not an exception.
 *
 * @param <P> the provider type
 */
public abstract class DeploymentProviderContractTest<P extends DeploymentProvider>
        extends ProviderContractTest<P, DeploymentCapabilities> {

    @Override
    protected Class<?> familyType() {
        return DeploymentProvider.class;
    }

    @Override
    protected java.util.List<FacetCheck<P, DeploymentCapabilities>> facets() {
        return java.util.List.of(FacetCheck.of("rollback", "supportsRollback",
                DeploymentCapabilities::supportsRollback, DeploymentProvider::rollback));
    }

    /** A request that deploys successfully; the environment {@code tck} and a fixed revision by default. */
    protected DeploymentRequest request() {
        return new DeploymentRequest(TckIds.sessionKey(), "tck", "0123456789abcdef", null, Map.of());
    }

    /** A request the provider accepts but refuses to carry out (a frozen environment, a bad revision); empty skips. */
    protected Optional<DeploymentRequest> refusedRequest() {
        return Optional.empty();
    }

    /** How long a deployment may take to reach a final status. */
    protected Duration settleTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    protected void invokeAnyVerb(P provider) {
        provider.deploy(request(), verbTimeout());
    }

    @Test
    @DisplayName("[3.6] a deployment reaches Succeeded and stays final")
    void deploymentSucceeds() {
        P provider = activeProvider();
        DeploymentRequest request = request();
        DeploymentRef ref = deploy(provider, request);
        assertThat(ref.providerId()).as("ref.providerId").isEqualTo(provider.manifest().id());
        assertThat(ref.environment()).as("ref.environment").isEqualTo(request.environment());
        DeploymentStatus end = settle(provider, ref);
        assertThat(end).as("final status").isInstanceOf(DeploymentStatus.Succeeded.class);
        assertThat(status(provider, ref)).as("status read again").isEqualTo(end);
    }

    @Test
    @DisplayName("[3.6] a refused deployment is a Rejected status value")
    void refusalIsRejectedValue() {
        Optional<DeploymentRequest> refused = refusedRequest();
        assumeTrue(refused.isPresent(), "the contract test supplies no refusedRequest()");
        P provider = activeProvider();
        DeploymentRef ref = deploy(provider, refused.get());
        assertThat(settle(provider, ref)).as("final status of a refused deployment")
                .isInstanceOf(DeploymentStatus.Rejected.class);
    }

    @Test
    @DisplayName("[3.6] a region outside the declared ones is Unsupported")
    void foreignRegionIsUnsupported() {
        P provider = activeProvider();
        assumeTrue(!provider.capabilities().regions().contains("*"), "the provider serves every region");
        DeploymentRequest base = request();
        DeploymentRequest request = new DeploymentRequest(base.session(), base.environment(), base.revision(),
                "tck-nowhere-region", base.parameters());
        VerbCalls.expect(ProviderException.Unsupported.class, "deploy", verbTimeout(),
                () -> provider.deploy(request, verbTimeout()));
    }

    @Test
    @DisplayName("[3.6] rollback returns a deployment to follow; the original becomes RolledBack; a repeat is equal")
    void rollbackRoundTrip() {
        P provider = activeProvider();
        assumeTrue(provider.capabilities().supportsRollback(), "supportsRollback is false");
        DeploymentRollback facet = provider.rollback().orElseThrow();
        DeploymentRef ref = deploy(provider, request());
        assertThat(settle(provider, ref)).isInstanceOf(DeploymentStatus.Succeeded.class);
        DeploymentRef back = VerbCalls.call("rollback", verbTimeout(), () -> facet.rollback(ref, verbTimeout()));
        assertThat(back.environment()).as("rollback environment").isEqualTo(ref.environment());
        assertThat(back.deploymentId()).as("rollback id").isNotEqualTo(ref.deploymentId());
        settle(provider, back);
        assertThat(settle(provider, ref)).as("status of the rolled-back deployment")
                .isInstanceOf(DeploymentStatus.RolledBack.class);
        assertThat(VerbCalls.call("rollback", verbTimeout(), () -> facet.rollback(ref, verbTimeout())))
                .as("a repeated rollback").isEqualTo(back);
    }

    /** Deploys through {@link VerbCalls}. */
    protected final DeploymentRef deploy(P provider, DeploymentRequest request) {
        DeploymentRef ref = VerbCalls.call("deploy", verbTimeout(), () -> provider.deploy(request, verbTimeout()));
        assertThat(ref).as("deploy result").isNotNull();
        return ref;
    }

    /** Reads the status through {@link VerbCalls}. */
    protected final DeploymentStatus status(P provider, DeploymentRef ref) {
        DeploymentStatus status = VerbCalls.call("status", verbTimeout(), () -> provider.status(ref, verbTimeout()));
        assertThat(status).as("status result").isNotNull();
        return status;
    }

    /** Every status but Pending and InProgress is final. */
    protected static boolean isFinal(DeploymentStatus status) {
        return !(status instanceof DeploymentStatus.Pending || status instanceof DeploymentStatus.InProgress);
    }

    private DeploymentStatus settle(P provider, DeploymentRef ref) {
        return Polling.until("a final deployment status", settleTimeout(), () -> status(provider, ref),
                DeploymentProviderContractTest::isFinal);
    }
}

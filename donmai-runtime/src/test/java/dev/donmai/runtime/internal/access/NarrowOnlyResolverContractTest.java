package dev.donmai.runtime.internal.access;

import dev.donmai.contracts.model.ModelAccessResolver;
import dev.donmai.providers.tck.ModelAccessResolverContractTest;
import dev.donmai.runtime.api.ModelAccess;

/** Runs the narrow-only conformance kit (golden vectors, own cases, properties) against the runtime's resolver. */
class NarrowOnlyResolverContractTest extends ModelAccessResolverContractTest {

    @Override
    protected ModelAccessResolver resolver() {
        return ModelAccess.resolver();
    }
}

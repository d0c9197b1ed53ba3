/**
 * One in-memory or temp-directory fake provider per family, each with its factory, for the kit's own tests and for
 * host-side tests (scope, trust, hooks, routing) in the runtime. The factories are deliberately not listed in this
 * module's {@code META-INF/services}: a test that wants them through {@code ServiceLoader} lists them in its own test
 * resources, so fakes never reach a user's class path by accident.
 */
package dev.donmai.providers.tck.fakes;

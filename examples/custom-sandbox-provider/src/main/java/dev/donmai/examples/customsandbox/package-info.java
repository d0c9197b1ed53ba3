/**
 * A third-party style {@code sandbox} provider: {@link dev.donmai.examples.customsandbox.TempDirSandboxProvider}
 * gives each session a directory under the provider's data directory and runs nothing itself. It depends only on
 * {@code donmai-contracts}, is discovered through {@code META-INF/services}, and proves itself with the provider TCK
 * ({@code SandboxProviderContractTest}) at test scope.
 */
package dev.donmai.examples.customsandbox;

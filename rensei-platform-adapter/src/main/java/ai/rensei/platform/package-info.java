/**
 * The Rensei platform adapter: what the hosted Rensei platform adds on top of the open donmai runtime.
 *
 * <p>Its scope is the platform-only part of running a worker host: org-scoped install and registration tokens,
 * satellite organisations served by one daemon process, and per-organisation credential isolation. Everything here
 * plugs into the runtime through its public front door, {@code dev.donmai.runtime.api} and
 * {@code dev.donmai.runtime.spi}, plus the {@code dev.donmai.contracts} types; it never reaches into
 * {@code runtime.internal} (boundary rule A7), and the open-source modules never see this package (A3, B1), so the
 * runtime keeps working without this jar on the classpath.
 *
 * <p>The adapter works in process: it starts no child processes (A8), makes no HTTP calls to the local daemon's own
 * control API (B3), and leaves environment variables, standard streams and JVM exit to the CLI entry point (A9).
 */
package ai.rensei.platform;

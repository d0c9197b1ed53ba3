/**
 * The runtime's service provider interface: what providers and embedders may implement or call without reaching
 * into the runtime's internals. Uses only {@code dev.donmai.contracts} and the JDK (boundary.md A6); every public
 * interface here has a named OSS implementation (A14).
 */
package dev.donmai.runtime.spi;

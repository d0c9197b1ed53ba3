/**
 * {@code rensei host install/uninstall/start/restart/update}: the daemon as an operating-system service (host.md §2).
 * The unit or plist is rendered from a {@link ai.rensei.cli.host.service.ServiceDefinition}; the service managers
 * ({@code systemctl --user}, {@code systemctl}, {@code launchctl}) sit behind
 * {@link ai.rensei.cli.host.service.ServiceManager} and run as real processes through a
 * {@link ai.rensei.cli.host.service.CommandRunner}.
 */
package ai.rensei.cli.host.service;

/**
 * The local daemon's configuration ({@code daemon.yaml}, host.md §4): typed settings with the documented defaults
 * ({@link dev.donmai.runtime.api.daemon.config.DaemonSettings}), loading with positioned problems
 * ({@link dev.donmai.runtime.api.daemon.config.DaemonConfigLoader}), project admission
 * ({@link dev.donmai.runtime.api.daemon.config.ProjectAdmission}), hot reload of the allowlist
 * ({@link dev.donmai.runtime.api.daemon.config.ConfigWatcher}) and the edits {@code host install} makes
 * ({@link dev.donmai.runtime.api.daemon.config.DaemonYamlEditor}). Nothing here reads the environment: the caller
 * supplies it in a {@link dev.donmai.runtime.api.daemon.config.ConfigSource}.
 */
package dev.donmai.runtime.api.daemon.config;

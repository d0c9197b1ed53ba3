/**
 * The implementation behind {@code runtime.api.daemon.config}: reading daemon.yaml through SnakeYAML's node API so
 * every problem has a position, admission matching, the file watcher and the install-time editor.
 */
package dev.donmai.runtime.internal.daemon.config;

package ai.rensei.cli.host.service;

import java.nio.file.Path;

/**
 * The operating system's service manager for one scope (host.md §2 "Activate / remove"). Every method throws
 * {@link ServiceManagerException}: {@code UNAVAILABLE} when the manager cannot be reached at all, {@code FAILED} when
 * one of its commands failed.
 */
public interface ServiceManager {

    /** The scope this manager works on. */
    ServiceScope scope();

    /** After (re)writing {@code file}: load it, enable it and (re)start the service. */
    void activate(Path file);

    /** Before deleting {@code file}: stop the service and disable it. */
    void deactivate(Path file);

    /** After deleting the file: let the manager forget it. */
    void forget();

    /** Starts the installed service. */
    void start(Path file);

    /** Restarts the installed service (starts it when stopped). */
    void restart(Path file);

    /** True when the manager reports the service running. */
    boolean running();
}

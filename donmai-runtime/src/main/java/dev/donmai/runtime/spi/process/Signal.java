package dev.donmai.runtime.spi.process;

/** The signals a process group is stopped with. */
public enum Signal {
    /** SIGTERM: asks the processes to end. */
    TERM,
    /** SIGKILL: ends the processes; cannot be caught or ignored. */
    KILL
}

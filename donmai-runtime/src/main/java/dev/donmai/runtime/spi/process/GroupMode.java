package dev.donmai.runtime.spi.process;

/** How {@link ProcessLauncher} puts a child into a process group of its own (sessions.md §6). */
public enum GroupMode {
    /** Linux: the command is prefixed with {@code setsid}, which execs in place, so pid = pgid. */
    SETSID,
    /** macOS: prefixed with {@code /usr/bin/perl -e 'setpgrp(0,0); exec @ARGV or exit 127'}; pid = pgid. */
    PERL_SETPGRP,
    /**
     * Neither helper exists: the command starts in the JVM's group, and signals walk
     * {@link ProcessHandle#descendants()} instead of reaching a group.
     */
    NONE
}

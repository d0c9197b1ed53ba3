package dev.donmai.contracts.sandbox;

import java.time.Duration;

/** Facet of a {@link SandboxProvider} with {@code supportsPauseResume}. */
public interface SandboxPauseResume {

    /** Pauses a ready or running sandbox; pausing a paused sandbox returns its current {@code Paused} value. */
    SandboxStatus.Paused pause(SandboxHandle handle, Duration timeout);

    /** Resumes a paused sandbox; returns its status afterwards ({@code Ready} or {@code Running}). */
    SandboxStatus resume(SandboxHandle handle, Duration timeout);
}

package dev.donmai.providers.fixturebeta;

/** Another provider module, for the A5 fixture. */
public final class Beta {
    public static int value() {
        return 3;
    }

    private Beta() {
    }
}

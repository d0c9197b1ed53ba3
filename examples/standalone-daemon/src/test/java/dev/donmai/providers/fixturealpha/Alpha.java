package dev.donmai.providers.fixturealpha;

import dev.donmai.examples.fixture.oss.ExampleHelper;
import dev.donmai.providers.fixturebeta.Beta;
import dev.donmai.runtime.internal.fixture.oss.InternalHelper;

/** Deliberate violations of A4 (runtime.internal, examples), A5 (another provider) and A9 (environment, stdout). */
public final class Alpha {

    private Alpha() {
    }

    public static int reachIntoTheRuntime() {
        return InternalHelper.help();
    }

    public static int useAnExample() {
        return ExampleHelper.peek();
    }

    public static int useAnotherProvider() {
        return Beta.value();
    }

    public static String readTheEnvironment() {
        return System.getenv("PATH");
    }

    public static void print() {
        System.err.println("alpha");
    }
}

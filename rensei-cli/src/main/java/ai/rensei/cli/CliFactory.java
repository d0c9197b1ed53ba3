package ai.rensei.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import picocli.CommandLine;

/**
 * Picocli factory that hands the invocation's {@link CliEnvironment} to every class with a constructor taking one;
 * all other classes are created by picocli's default factory.
 */
final class CliFactory implements CommandLine.IFactory {

    private final CliEnvironment env;

    CliFactory(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> constructor;
        try {
            constructor = type.getConstructor(CliEnvironment.class);
        } catch (NoSuchMethodException notInjectable) {
            return CommandLine.defaultFactory().create(type);
        }
        try {
            return constructor.newInstance(env);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}

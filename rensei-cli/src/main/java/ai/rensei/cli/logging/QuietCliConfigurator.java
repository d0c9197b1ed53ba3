package ai.rensei.cli.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's start-up configuration, found through {@code META-INF/services}: the quiet default of every command
 * ({@link DaemonLogging#configureCli()}), set up in code. A {@code logback.xml} would do the same through logback's
 * XML machinery, which costs the daemon's cold start a few hundred classes and about a tenth of a second.
 */
public final class QuietCliConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        DaemonLogging.configureQuiet(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}

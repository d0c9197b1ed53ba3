package ai.rensei.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.status.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ordinary commands log quietly: warnings and errors as CLI-style stderr lines, redacted, nothing else. */
class CliLoggingTest {

    @AfterEach
    void backToTheCliDefault() {
        DaemonLogging.configureCli();
    }

    @Test
    void stderrLinesUseTheCliPrefixesAndAreRedacted() {
        StderrLayout layout = new StderrLayout();

        assertThat(layout.doLayout(event(Level.WARN, "disk low at https://user:pw@example.com/x", null)))
                .isEqualTo("warning: disk low at https://[REDACTED]@example.com/x\n");
        assertThat(layout.doLayout(event(Level.ERROR, "cannot open", new IOException("denied"))))
                .isEqualTo("error: cannot open (java.io.IOException: denied)\n");
    }

    @Test
    void configureCliPrintsWarningsButNotInfo() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            DaemonLogging.configureCli();
            Logger log = LoggerFactory.getLogger("some.library");
            log.info("chatter");
            log.warn("config key x is deprecated");
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("warning: config key x is deprecated\n");
    }

    @Test
    void theStartUpConfiguratorKeepsOrdinaryRunsQuiet() throws Exception {
        URL service = getClass().getClassLoader()
                .getResource("META-INF/services/ch.qos.logback.classic.spi.Configurator");
        assertThat(service).isNotNull();
        try (java.io.InputStream in = service.openStream()) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim())
                    .isEqualTo(QuietCliConfigurator.class.getName());
        }
        LoggerContext context = new LoggerContext();
        QuietCliConfigurator configurator = new QuietCliConfigurator();
        configurator.setContext(context);
        assertThat(configurator.configure(context))
                .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        List<ConsoleAppender<?>> consoles = new java.util.ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(a -> {
            if (a instanceof ConsoleAppender<?> console) {
                consoles.add(console);
            }
        });
        assertThat(consoles).singleElement().satisfies(appender -> {
            assertThat(appender.getTarget()).isEqualTo("System.err");
            assertThat(((LayoutWrappingEncoder<?>) appender.getEncoder()).getLayout()).isInstanceOf(StderrLayout.class);
        });
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .noneMatch(status -> status.getLevel() >= Status.WARN);
        context.stop();
    }

    private static ILoggingEvent event(Level level, String message, Throwable error) {
        LoggerContext context = new LoggerContext();
        return new LoggingEvent("test", context.getLogger("test"), level, message, error, null);
    }
}

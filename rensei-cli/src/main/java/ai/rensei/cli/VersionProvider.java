package ai.rensei.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** {@code rensei --version}: prints {@code rensei <version>}; the version is filtered in from the POM at build time. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    private static final String RESOURCE = "/ai/rensei/cli/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"rensei " + version()};
    }

    /** The project version, or {@code unknown} when the resource was not filtered. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version", "").trim();
        return version.isEmpty() || version.contains("${") ? "unknown" : version;
    }
}

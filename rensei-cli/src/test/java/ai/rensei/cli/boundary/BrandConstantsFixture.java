package ai.rensei.cli.boundary;

/**
 * Deliberate B3 fixture: compiled constants with brand strings. Its class file is copied into a throw-away OSS module
 * by {@link RepositoryScanTest}; it lives platform-side, where brand strings are allowed.
 */
final class BrandConstantsFixture {

    static final String TOKEN_ENV = "RENSEI_" + "DAEMON_TOKEN";
    static final String API = "https://app.rensei.ai/api";
    static final String UNICODE = "ünïcödé ✓";
    static final long LONG_CONSTANT = 1L << 40;
    static final double DOUBLE_CONSTANT = 3.5e300;

    private BrandConstantsFixture() {
    }
}

package dev.donmai.providers.git;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import java.nio.file.Path;
import java.util.List;

/**
 * The configuration of {@link GitVcsProvider}. Keys:
 * <table>
 *   <caption>configuration keys</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code gitBinary}</td><td>{@code git}</td><td>the git executable</td></tr>
 *   <tr><td>{@code authorName}</td><td>{@code Donmai Agent}</td><td>commit identity when git has none configured
 *       ({@code git.authorName})</td></tr>
 *   <tr><td>{@code authorEmail}</td><td>{@code agent@donmai.invalid}</td><td>likewise ({@code git.authorEmail})</td></tr>
 *   <tr><td>{@code stateHome}</td><td>none</td><td>when set, a {@code REFERENCE} clone borrows objects from the
 *       workarea provider's mirror {@code <stateHome>/cache/<repoKey>.git} if it exists</td></tr>
 * </table>
 */
record VcsSettings(String gitBinary, String authorName, String authorEmail, @Nullable Path stateHome) {

    static final String GIT_BINARY = "gitBinary";
    static final String AUTHOR_NAME = "authorName";
    static final String AUTHOR_EMAIL = "authorEmail";
    static final String STATE_HOME = "stateHome";
    static final List<String> KEYS = List.of(GIT_BINARY, AUTHOR_NAME, AUTHOR_EMAIL, STATE_HOME);

    static VcsSettings from(ProviderConfig config) {
        ConfigValues values = ConfigValues.of(config, KEYS, List.of());
        Path stateHome = values.string(STATE_HOME).map(Path::of).orElse(null);
        if (stateHome != null && !stateHome.isAbsolute()) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, STATE_HOME);
        }
        String name = values.string(AUTHOR_NAME).orElse(Acquirer.AGENT_NAME);
        String email = values.string(AUTHOR_EMAIL).orElse(Acquirer.AGENT_EMAIL);
        if (name.chars().anyMatch(Character::isISOControl) || email.chars().anyMatch(Character::isISOControl)) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE,
                    AUTHOR_NAME + "/" + AUTHOR_EMAIL);
        }
        return new VcsSettings(values.string(GIT_BINARY).orElse("git"), name, email, stateHome);
    }
}

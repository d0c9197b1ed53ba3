package dev.donmai.runtime.internal.daemon.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepositoryUrlsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://github.com/acme/app.git, github.com/acme/app",
        "http://GitHub.com/Acme/App/, github.com/Acme/App",
        "ssh://git@github.com/acme/app.git, github.com/acme/app",
        "git://github.com/acme/app, github.com/acme/app",
        "git@github.com:acme/app.git, github.com/acme/app",
        "deploy@GITLAB.example.com:group/sub/app, gitlab.example.com/group/sub/app",
        "https://user:token@github.com/acme/app, github.com/acme/app",
        "file:///srv/repos/app.git/, /srv/repos/app",
        "/srv/repos/app/, /srv/repos/app",
        "acme/app, acme/app",
        "app.git//, app",
    })
    void normalise_drops_scheme_user_info_and_tails_and_lower_cases_the_host(String url, String expected) {
        assertThat(RepositoryUrls.normalise(url)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
        "https://github.com/acme/app, git@github.com:acme/app.git, true",
        "acme/app, https://github.com/acme/app, true",
        "https://github.com/acme/app, app, true",
        "https://github.com/acme/app, cme/app, false",
        "https://github.com/acme/app, https://github.com/acme/app2, false",
        "https://github.com/acme/app, https://gitlab.com/acme/app, false",
        "'', https://github.com/acme/app, false",
    })
    void matches_when_equal_or_a_suffix_at_a_slash(String a, String b, boolean expected) {
        assertThat(RepositoryUrls.matches(a, b)).isEqualTo(expected);
        assertThat(RepositoryUrls.matches(b, a)).isEqualTo(expected);
    }
}

package ai.rensei.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgDaemonFilesTest {

    @TempDir
    Path home;

    @Test
    void primary_files_are_daemon_yaml_and_daemon_jwt() {
        OrgDaemonFiles files = OrgDaemonFiles.primary(home);
        assertThat(files.isPrimary()).isTrue();
        assertThat(files.config()).isEqualTo(home.resolve("daemon.yaml"));
        assertThat(files.jwt()).isEqualTo(home.resolve("daemon.jwt"));
    }

    @Test
    void satellite_files_carry_the_org_slug() {
        OrgDaemonFiles files = OrgDaemonFiles.satellite(home, "partner-co");
        assertThat(files.org()).contains("partner-co");
        assertThat(files.config()).isEqualTo(home.resolve("daemon-partner-co.yaml"));
        assertThat(files.jwt()).isEqualTo(home.resolve("daemon-partner-co.jwt"));
    }

    @Test
    void invalid_slugs_are_refused_before_a_path_is_built() {
        for (String bad : new String[] {"", "-lead", "Upper", "a/b", "..", "a.b", "x".repeat(64), null}) {
            assertThat(OrgDaemonFiles.isOrgSlug(bad)).as(String.valueOf(bad)).isFalse();
            assertThatThrownBy(() -> OrgDaemonFiles.satellite(home, bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(OrgDaemonFiles.isOrgSlug("x".repeat(63))).isTrue();
        assertThatThrownBy(() -> new OrgDaemonFiles(Optional.of("../x"), home, home))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void satellites_are_listed_in_file_name_order_and_ignore_other_files() throws IOException {
        Files.writeString(home.resolve("daemon.yaml"), "");
        Files.writeString(home.resolve("daemon-zeta.yaml"), "");
        Files.writeString(home.resolve("daemon-alpha.yaml"), "");
        Files.writeString(home.resolve("daemon-alpha.jwt"), "");
        Files.writeString(home.resolve("daemon-Bad.yaml"), "");
        Files.createDirectory(home.resolve("daemon-dir.yaml"));
        assertThat(OrgDaemonFiles.satellites(home)).extracting(f -> f.org().orElseThrow())
                .containsExactly("alpha", "zeta");
    }

    @Test
    void a_missing_home_has_no_satellites() throws IOException {
        assertThat(OrgDaemonFiles.satellites(home.resolve("absent"))).isEmpty();
    }
}

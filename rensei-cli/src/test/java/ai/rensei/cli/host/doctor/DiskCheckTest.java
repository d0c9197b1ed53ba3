package ai.rensei.cli.host.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import ai.rensei.cli.CliEnvironment;
import ai.rensei.cli.context.DaemonConfigFiles;
import ai.rensei.cli.daemon.DaemonAddress;
import ai.rensei.cli.host.service.ServiceLocation;
import ai.rensei.cli.host.service.ServiceScope;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCheckTest {

    @TempDir
    Path tmp;

    @Test
    void lessThanOneGibFailsWithTheFreeMebibytes() {
        DoctorFacts facts = facts(tmp.resolve("not-yet/home"));

        CheckResult low = new DiskCheck(dir -> 512L << 20).run(facts);
        CheckResult enough = new DiskCheck(dir -> 1L << 30).run(facts);

        assertThat(low.line()).isEqualTo("[FAIL] disk  512 MiB free under " + tmp.resolve("not-yet/home"));
        assertThat(enough.status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void freeSpaceIsMeasuredOnTheNearestExistingDirectory() {
        Path[] asked = new Path[1];
        new DiskCheck(dir -> {
            asked[0] = dir;
            return 2L << 30;
        }).run(facts(tmp.resolve("a/b/home")));

        assertThat(asked[0]).isEqualTo(tmp);
    }

    private static DoctorFacts facts(Path home) {
        CliEnvironment env = CliEnvironment.of(Map.of("RENSEI_HOME", home.toString()));
        DaemonConfigFiles files = DaemonConfigFiles.of(env, Optional.empty());
        return new DoctorFacts(env, ServiceLocation.of(ServiceScope.SYSTEMD_USER, env), Optional.empty(),
                Optional.of(false), Optional.empty(), Optional.empty(), files, files.load(),
                new DaemonAddress(URI.create("http://127.0.0.1:7734")), OptionalInt.empty());
    }
}

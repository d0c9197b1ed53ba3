package ai.rensei.cli.host.doctor;

import ai.rensei.cli.host.service.CommandResult;
import ai.rensei.cli.host.service.CommandRunner;
import ai.rensei.cli.host.service.Executables;
import ai.rensei.cli.host.service.ProcessCommandRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code git}: git 2.31 or newer on {@code PATH} (sessions configure it through {@code GIT_CONFIG_COUNT}). */
final class GitCheck implements DoctorCheck {

    static final String ID = "git";
    static final int MIN_MAJOR = 2;
    static final int MIN_MINOR = 31;
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    @Override
    public CheckResult run(DoctorFacts facts) {
        Optional<Path> git = Executables.find("git", facts.env().path());
        if (git.isEmpty()) {
            return CheckResult.fail(ID, "git not found on PATH");
        }
        CommandRunner runner = new ProcessCommandRunner(facts.env().all(), facts.env().path());
        CommandResult result = runner.run(List.of(git.get().toString(), "--version"));
        Matcher matcher = VERSION.matcher(result.stdout());
        if (!result.succeeded() || !matcher.find()) {
            return CheckResult.fail(ID, "cannot read the version of " + git.get() + ": " + result.detail());
        }
        String version = matcher.group(0);
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major < MIN_MAJOR || major == MIN_MAJOR && minor < MIN_MINOR) {
            return CheckResult.fail(ID, "git " + version + " is older than " + MIN_MAJOR + "." + MIN_MINOR);
        }
        return CheckResult.pass(ID, "git " + version);
    }
}

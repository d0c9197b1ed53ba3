package ai.rensei.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Runs {@code rensei} in process with an injected environment and captured stdout/stderr. */
final class CliRun {

    record Result(int exitCode, String out, String err) {

        List<String> outLines() {
            return lines(out);
        }

        List<String> errLines() {
            return lines(err);
        }

        private static List<String> lines(String text) {
            return text.lines().toList();
        }
    }

    private CliRun() {
    }

    static Result run(String... args) {
        return run(Map.of(), args);
    }

    static Result run(Map<String, String> env, String... args) {
        return run(CliEnvironment.of(env), args);
    }

    static Result run(CliEnvironment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new RenseiCli(env, new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
        return new Result(code, out.toString(), err.toString());
    }
}

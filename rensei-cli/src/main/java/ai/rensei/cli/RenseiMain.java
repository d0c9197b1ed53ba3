package ai.rensei.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Process entry point: wires the real environment and standard streams, then exits with the command's code. */
public final class RenseiMain {

    private RenseiMain() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = new RenseiCli(CliEnvironment.system(), out, err).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}

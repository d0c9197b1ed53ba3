package dev.donmai.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The last step of the performance job: exits 1 when a figure in {@code results.json} missed its target
 * ({@code "pass": false}), 2 when the file is missing. Usage: {@code CheckResults [results.json]}.
 */
public final class CheckResults {

    private CheckResults() {
    }

    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : Results.DEFAULT;
        if (!Files.isRegularFile(file)) {
            System.err.println("no results at " + file.toAbsolutePath());
            System.exit(2);
        }
        List<String> misses = Results.misses(file);
        if (misses.isEmpty()) {
            System.out.println("every target in " + file + " met");
            return;
        }
        System.err.println(misses.size() + " target(s) missed in " + file + ":");
        misses.forEach(System.err::println);
        System.exit(1);
    }
}

package ai.rensei.cli.blackbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads {@code /proc} to list the live members of a process group, to prove a group was killed. */
final class ProcessGroups {

    private ProcessGroups() {
    }

    /** Pids whose process group id is {@code pgid} and which are not zombies. */
    static List<Long> members(long pgid) {
        List<Long> out = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (!fields[0].equals("Z") && Long.parseLong(fields[2]) == pgid) {
                        out.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException e) {
                    // The process ended while we looked; it is not a member any more.
                }
            });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }
}

package dev.donmai.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a figure was measured on (sessions.md §16: CPU, disk and JDK details): CPU model and count, memory, kernel,
 * the JDK, git, and {@code df} of the directory the benchmark worked in. Whatever cannot be read is left out
 * rather than failing the run.
 */
final class MachineInfo {

    private MachineInfo() {
    }

    /** The details, with the disk of {@code workDir}. */
    static Map<String, Object> describe(Path workDir) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> cpu = new LinkedHashMap<>();
        cpuInfo("model name").ifPresent(v -> cpu.put("model", v));
        cpuInfo("cpu MHz").ifPresent(v -> cpu.put("mhz", v));
        command(List.of("nproc")).ifPresent(v -> cpu.put("nproc", Integer.parseInt(v)));
        cpu.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        m.put("cpu", cpu);
        memTotal().ifPresent(v -> m.put("memTotalKb", v));
        Map<String, Object> os = new LinkedHashMap<>();
        os.put("name", System.getProperty("os.name"));
        os.put("version", System.getProperty("os.version"));
        os.put("arch", System.getProperty("os.arch"));
        m.put("os", os);
        Map<String, Object> jdk = new LinkedHashMap<>();
        jdk.put("version", System.getProperty("java.version"));
        jdk.put("runtimeVersion", System.getProperty("java.runtime.version"));
        jdk.put("vendor", System.getProperty("java.vendor"));
        jdk.put("vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        jdk.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("jdk", jdk);
        command(List.of("git", "--version")).ifPresent(v -> m.put("git", v));
        m.put("disk", disk(workDir));
        return m;
    }

    /** {@code df -PTk} of {@code dir}: device, file system type, sizes in KiB, mount point. */
    static Map<String, Object> disk(Path dir) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("path", dir.toAbsolutePath().toString());
        Optional<String> df = command(List.of("df", "-PTk", dir.toAbsolutePath().toString()));
        if (df.isPresent()) {
            List<String> lines = df.get().lines().toList();
            if (lines.size() >= 2) {
                String[] f = lines.get(lines.size() - 1).trim().split("\\s+");
                if (f.length >= 7) {
                    d.put("device", f[0]);
                    d.put("fsType", f[1]);
                    d.put("sizeKb", Long.parseLong(f[2]));
                    d.put("usedKb", Long.parseLong(f[3]));
                    d.put("availKb", Long.parseLong(f[4]));
                    d.put("mountedOn", f[6]);
                    rotational(f[0]).ifPresent(r -> d.put("rotational", r));
                }
            }
        }
        return d;
    }

    /** {@code /proc/loadavg} (1, 5, 15 min load, runnable/total, last pid), or "unknown". */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<Boolean> rotational(String device) {
        if (!device.startsWith("/dev/")) {
            return Optional.empty();
        }
        String name = device.substring("/dev/".length()).replaceAll("p?[0-9]+$", "");
        for (String candidate : List.of(device.substring("/dev/".length()), name)) {
            Path flag = Path.of("/sys/block", candidate, "queue", "rotational");
            if (Files.isRegularFile(flag)) {
                try {
                    return Optional.of(Files.readString(flag).strip().equals("1"));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> cpuInfo(String key) {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> command(List<String> command) {
        try {
            Cmd.Result r = Cmd.run(null, command);
            return r.ok() ? Optional.of(r.out().strip()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

package ai.rensei.cli.host.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToLongFunction;

/** {@code disk}: at least 1 GiB free on the file system under {@code <home>} (its nearest existing ancestor). */
final class DiskCheck implements DoctorCheck {

    static final String ID = "disk";
    static final long MINIMUM_BYTES = 1L << 30;
    private static final long MIB = 1L << 20;

    private final ToLongFunction<Path> usableBytes;

    DiskCheck() {
        this(DiskCheck::usableSpace);
    }

    DiskCheck(ToLongFunction<Path> usableBytes) {
        this.usableBytes = usableBytes;
    }

    @Override
    public CheckResult run(DoctorFacts facts) {
        Path home = facts.home();
        Path existing = home;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return CheckResult.fail(ID, "no existing directory above " + home);
        }
        long free = usableBytes.applyAsLong(existing);
        if (free < 0) {
            return CheckResult.fail(ID, "cannot read the free space under " + home);
        }
        String message = free / MIB + " MiB free under " + home;
        return free >= MINIMUM_BYTES ? CheckResult.pass(ID, message) : CheckResult.fail(ID, message);
    }

    private static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}

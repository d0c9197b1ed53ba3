package ai.rensei.cli.host.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** {@code state-home}: {@code <home>} is a directory the user owns and can write, mode {@code 0700}. */
final class StateHomeCheck implements DoctorCheck {

    static final String ID = "state-home";
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    @Override
    public CheckResult run(DoctorFacts facts) {
        Path home = facts.home();
        if (!Files.exists(home)) {
            return CheckResult.warn(ID, home + " does not exist yet; the daemon creates it on first start");
        }
        if (!Files.isDirectory(home)) {
            return CheckResult.fail(ID, home + " is not a directory");
        }
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(home, PosixFileAttributes.class);
        } catch (IOException | UnsupportedOperationException e) {
            return CheckResult.fail(ID, "cannot read the attributes of " + home);
        }
        String user = facts.env().localSystem().userName();
        String owner = attributes.owner().getName();
        if (!owner.equals(user)) {
            return CheckResult.fail(ID, home + " is owned by " + owner + ", not " + user);
        }
        if (!Files.isWritable(home)) {
            return CheckResult.fail(ID, home + " is not writable");
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        String mode = octal(permissions);
        if (!OWNER_ONLY.containsAll(permissions)) {
            return CheckResult.warn(ID, home + " has mode " + mode + ", expected 0700")
                    .withHint("chmod 700 " + home);
        }
        return CheckResult.pass(ID, home + " (" + mode + ")");
    }

    static String octal(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            mode |= 1 << (8 - permission.ordinal());
        }
        return String.format("0%03o", mode);
    }

}

package ai.rensei.cli.host.doctor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** {@code port}: the daemon answers on its port, or nothing else holds it (a bind on 127.0.0.1 succeeds). */
final class PortCheck implements DoctorCheck {

    static final String ID = "port";

    @Override
    public CheckResult run(DoctorFacts facts) {
        int port = facts.port();
        if (facts.healthStatus().isPresent()) {
            return CheckResult.pass(ID, "daemon listening on port " + port);
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return CheckResult.pass(ID, "port " + port + " is free");
        } catch (IOException inUse) {
            return CheckResult.fail(ID, "port " + port + " is in use by another process");
        }
    }
}

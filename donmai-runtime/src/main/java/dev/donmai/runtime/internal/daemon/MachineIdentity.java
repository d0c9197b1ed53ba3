package dev.donmai.runtime.internal.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.runtime.api.daemon.DaemonStartException;
import dev.donmai.runtime.spi.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * The machine's identity under {@code <home>/keys/} (host.md §5.1, audit.md §2.3): {@code identity.json}
 * {@code {machineId, activeKeyId, keys[{keyId, publicKey, fromSeq}]}} and {@code machine-<keyId>.pem} (Ed25519
 * PKCS#8, 0600), minted once. A key file readable by group or others stops the start.
 *
 * @param machineId   {@code hst_} + 26 Crockford base32 characters (a ULID: time then randomness)
 * @param activeKeyId the key id of the signing key: hex of the first 8 bytes of SHA-256 of the raw public key
 */
record MachineIdentity(String machineId, String activeKeyId) {

    private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final byte[] SPKI_ED25519_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Reads the identity, minting it on first use. */
    static MachineIdentity loadOrMint(Path home, java.time.Clock clock) throws IOException {
        Path keys = home.resolve("keys");
        Path file = keys.resolve("identity.json");
        if (Files.isRegularFile(file)) {
            JsonNode node = JSON.readTree(file.toFile());
            MachineIdentity identity = new MachineIdentity(node.path("machineId").asText(),
                    node.path("activeKeyId").asText());
            checkKeyFile(keys.resolve("machine-" + identity.activeKeyId() + ".pem"));
            return identity;
        }
        AtomicFiles.createPrivateDirectories(keys);
        KeyPair pair = generate();
        byte[] spki = pair.getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(spki, SPKI_ED25519_PREFIX.length, spki.length);
        String keyId = keyId(raw);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        AtomicFiles.write(keys.resolve("machine-" + keyId + ".pem"), pem.getBytes(StandardCharsets.US_ASCII),
                AtomicFiles.PRIVATE);
        MachineIdentity identity = new MachineIdentity(mintId(clock.millis()), keyId);
        ObjectNode json = JSON.createObjectNode();
        json.put("machineId", identity.machineId());
        json.put("activeKeyId", keyId);
        ObjectNode key = json.putArray("keys").addObject();
        key.put("keyId", keyId);
        key.put("publicKey", Base64.getEncoder().encodeToString(raw));
        key.put("fromSeq", 0);
        AtomicFiles.write(file, JSON.writeValueAsBytes(json), AtomicFiles.PRIVATE);
        return identity;
    }

    private static void checkKeyFile(Path pem) throws IOException {
        if (!Files.exists(pem)) {
            return;
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(pem);
        for (PosixFilePermission p : mode) {
            if (p.name().startsWith("GROUP") || p.name().startsWith("OTHERS")) {
                throw new DaemonStartException(DaemonStartException.Kind.KEY_EXPOSED,
                        "key file " + pem + " is accessible by group or others");
            }
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    private static String keyId(byte[] raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A ULID spelled in lower-case Crockford base32: 48 bits of milliseconds, 80 random bits. */
    static String mintId(long millis) {
        byte[] random = new byte[10];
        new SecureRandom().nextBytes(random);
        StringBuilder out = new StringBuilder("hst_");
        for (int i = 9; i >= 0; i--) {
            out.append(CROCKFORD.charAt((int) ((millis >>> (i * 5)) & 31)));
        }
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (random[i] & 0xff);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (random[i] & 0xff);
        }
        for (int i = 7; i >= 0; i--) {
            out.append(CROCKFORD.charAt((int) ((hi >>> (i * 5)) & 31)));
        }
        for (int i = 7; i >= 0; i--) {
            out.append(CROCKFORD.charAt((int) ((lo >>> (i * 5)) & 31)));
        }
        return out.toString();
    }
}

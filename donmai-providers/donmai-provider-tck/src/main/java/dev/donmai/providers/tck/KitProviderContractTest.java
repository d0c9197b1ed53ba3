package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.donmai.contracts.kit.KitCapabilities;
import dev.donmai.contracts.kit.KitContext;
import dev.donmai.contracts.kit.KitContribution;
import dev.donmai.contracts.kit.KitDetection;
import dev.donmai.contracts.kit.KitProvider;
import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conformance checks of the {@code kit} family (contracts.md §6, §3.6), on top of the base checks. The subclass
 * writes a tree the kit applies to ({@link #writeMatchingTree(Path)}); the kit hashes every file's path, content and
 * modification time before and after {@code detect}, so any side effect shows.
 *
 * @param <P> the provider type
 */
public abstract class KitProviderContractTest<P extends KitProvider> extends ProviderContractTest<P, KitCapabilities> {

    /** Writes, under {@code root}, a project this kit applies to. */
    protected abstract void writeMatchingTree(Path root);

    @Override
    protected Class<?> familyType() {
        return KitProvider.class;
    }

    @Override
    protected void invokeAnyVerb(P provider) {
        Path root = scratchDir("kit");
        provider.detect(root, Os.LINUX, Arch.X86_64, KitCapabilities.DETECT_TIMEOUT);
    }

    @Test
    @DisplayName("[3.6] detect leaves the tree unchanged, is deterministic and answers within its limit")
    void detectIsPureDeterministicAndTimely() {
        P provider = activeProvider();
        KitCapabilities caps = provider.capabilities();
        Path root = matchingTree();
        Os os = caps.os().iterator().next();
        Arch arch = caps.arch().iterator().next();
        String before = treeHash(root);
        KitDetection first = detect(provider, root, os, arch);
        assertThat(treeHash(root)).as("tree hash after detect (no side effects)").isEqualTo(before);
        assertThat(first.applies()).as("detect on the matching tree").isTrue();
        assertThat(detect(provider, root, os, arch)).as("a second detect of the same tree").isEqualTo(first);
        assertThat(treeHash(root)).as("tree hash after a second detect").isEqualTo(before);
    }

    @Test
    @DisplayName("[3.6] a platform outside the declared os/arch does not apply (a value, not an exception)")
    void otherPlatformDoesNotApply() {
        P provider = activeProvider();
        KitCapabilities caps = provider.capabilities();
        Path root = matchingTree();
        Optional<Os> otherOs = Arrays.stream(Os.values()).filter(o -> !caps.os().contains(o)).findFirst();
        Optional<Arch> otherArch = Arrays.stream(Arch.values()).filter(a -> !caps.arch().contains(a)).findFirst();
        assumeTrue(otherOs.isPresent() || otherArch.isPresent(), "the kit declares every os and arch");
        otherOs.ifPresent(o -> assertThat(detect(provider, root, o, caps.arch().iterator().next()).applies())
                .as("applies on %s", o).isFalse());
        otherArch.ifPresent(a -> assertThat(detect(provider, root, caps.os().iterator().next(), a).applies())
                .as("applies on %s", a).isFalse());
    }

    @Test
    @DisplayName("[3.6] detect on an empty tree answers (applies or not) and provide contributes for a match")
    void emptyTreeAndProvide() {
        P provider = activeProvider();
        KitCapabilities caps = provider.capabilities();
        Os os = caps.os().iterator().next();
        Arch arch = caps.arch().iterator().next();
        detect(provider, scratchDir("empty"), os, arch);
        Path root = matchingTree();
        KitDetection detection = detect(provider, root, os, arch);
        KitContext context = new KitContext(TckIds.sessionKey(), root, os, arch, detection, Map.of());
        KitContribution contribution = VerbCalls.call("provide", verbTimeout(),
                () -> provider.provide(context, verbTimeout()));
        assertThat(contribution).as("provide result").isNotNull();
    }

    /** Runs detect through {@link VerbCalls} with the kit's own limit. */
    protected final KitDetection detect(P provider, Path root, Os os, Arch arch) {
        KitDetection detection = VerbCalls.call("detect", provider.capabilities().detectTimeout(),
                () -> provider.detect(root, os, arch, provider.capabilities().detectTimeout()));
        assertThat(detection).as("detect result").isNotNull();
        return detection;
    }

    private Path matchingTree() {
        Path root = scratchDir("kit");
        writeMatchingTree(root);
        return root;
    }

    /** SHA-256 over every file's relative path, size, content and modification time, in path order. */
    protected static String treeHash(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> paths = walk.sorted().toList();
            for (Path path : paths) {
                digest.update(root.relativize(path).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.getLastModifiedTime(path).toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(path)) {
                    digest.update(Files.readAllBytes(path));
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

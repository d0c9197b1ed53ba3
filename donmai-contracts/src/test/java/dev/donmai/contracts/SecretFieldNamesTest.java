package dev.donmai.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionEnded;
import dev.donmai.contracts.session.SessionHandle;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A reflective early check of boundary.md A11/A12 over the packages {@code session}, {@code events}, {@code model},
 * {@code agent} and {@code kit} (the ArchUnit suite is the authority; this keeps mistakes from reaching it).
 */
class SecretFieldNamesTest {

    private static final Pattern SECRET = Pattern.compile(
            "(?i)(.*(secret|password|passwd|apikey|api_key|credential|authorization|bearer|jwt|privatekey|private_key"
                    + "|cookie).*|.*token|.*headers?)");

    private static final List<String> PACKAGES = List.of("session", "events", "model", "agent", "kit");

    @Test
    void theSecretPatternBehavesAsDocumented() {
        assertThat(SECRET.matcher("inputTokens").matches()).isFalse();
        assertThat(SECRET.matcher("registrationToken").matches()).isTrue();
        assertThat(SECRET.matcher("headers").matches()).isTrue();
        assertThat(SECRET.matcher("secretEnv").matches()).isTrue();
        assertThat(SECRET.matcher("credentialRequirements").matches()).isTrue();
    }

    @Test
    void cellsAndEventsCarryNoSecretAndOtherSecretNamedFieldsAreTypedSecret() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Class<?>> classes = contractClasses();
        assertThat(classes).extracting(Class::getSimpleName).contains("SessionSpec", "SpawnSpec", "McpServerSpec",
                "EndpointBinding", "ExecutionEventEnvelope", "Init");
        for (Class<?> type : classes) {
            boolean cellOrEvent = isCellOrEvent(type);
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                String where = type.getName() + "." + field.getName();
                boolean secretNamed = SECRET.matcher(field.getName()).matches();
                boolean secretTyped = mentionsSecret(field.getGenericType());
                if (cellOrEvent) {
                    if (secretNamed || secretTyped) {
                        problems.add("[A11] " + where);
                    }
                } else if (secretNamed && !secretTyped && !isRequirementNames(field)) {
                    problems.add("[A12] " + where);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean isCellOrEvent(Class<?> type) {
        String pkg = type.getPackageName();
        return pkg.startsWith("dev.donmai.contracts.events") || pkg.startsWith("dev.donmai.contracts.model")
                || AgentEvent.class.isAssignableFrom(type) || SessionHandle.class.isAssignableFrom(type)
                || SessionEnded.class.isAssignableFrom(type);
    }

    private static boolean mentionsSecret(Type type) {
        if (type == Secret.class) {
            return true;
        }
        if (type instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments()).anyMatch(SecretFieldNamesTest::mentionsSecret);
        }
        return false;
    }

    private static boolean isRequirementNames(Field field) {
        return field.getName().endsWith("Requirements") && field.getGenericType() instanceof ParameterizedType p
                && p.getRawType() == List.class && p.getActualTypeArguments()[0] == String.class;
    }

    private static List<Class<?>> contractClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Secret.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve("dev/donmai/contracts/" + pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String simple = file.getFileName().toString().replace(".class", "");
                    if (simple.equals("package-info")) {
                        continue;
                    }
                    classes.add(Class.forName("dev.donmai.contracts." + pkg + "." + simple.replace('/', '.'),
                            false, SecretFieldNamesTest.class.getClassLoader()));
                }
            }
        }
        return classes;
    }
}

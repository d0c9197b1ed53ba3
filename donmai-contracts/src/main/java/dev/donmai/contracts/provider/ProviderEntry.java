package dev.donmai.contracts.provider;

import java.util.List;
import java.util.Objects;

/** How the host reaches a provider's code. Only {@link Static} is loaded in 0.1. */
public sealed interface ProviderEntry {

    /** A {@link ProviderFactory} class on the class path. */
    record Static(String factoryClass) implements ProviderEntry {
        public Static {
            requireText(factoryClass, "factoryClass");
        }
    }

    /** A Maven coordinate resolved and loaded at run time (later). */
    record Maven(String gav) implements ProviderEntry {
        public Maven {
            requireText(gav, "gav");
        }
    }

    /** An external binary speaking a provider protocol over stdio (later). */
    record Binary(String command, List<String> args) implements ProviderEntry {
        public Binary {
            requireText(command, "command");
            args = List.copyOf(args);
        }
    }

    /** A remote provider reached over {@code protocol} ({@code a2a}, {@code mcp}, or a registered dialect) (later). */
    record Remote(String url, String protocol) implements ProviderEntry {
        public Remote {
            requireText(url, "url");
            requireText(protocol, "protocol");
        }
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.MISSING_REQUIRED_FIELD, field);
        }
    }
}

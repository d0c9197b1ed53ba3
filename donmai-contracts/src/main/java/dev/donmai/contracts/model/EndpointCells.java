package dev.donmai.contracts.model;

import dev.donmai.contracts.provider.ProviderException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of endpoint cells (contracts.md §3.5), as pure functions.
 *
 * <p>A binding is <em>valid</em> for a request and a provider's capabilities iff {@code protocol ∈ harnessDrives ∩
 * caps.protocols}, {@code host ∈ harnessHosts} and {@code authMode ∈ caps.authModes}. A {@code baseUrl} is
 * <em>allowed</em> iff it is an absolute {@code http} or {@code https} URL with a host and no user info, and uses
 * {@code https} unless the host is loopback ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}). No check here
 * resolves a name or opens a connection.
 */
public final class EndpointCells {

    private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");

    private EndpointCells() {
    }

    /** True when {@code binding} is a valid cell for {@code request} under {@code caps}. */
    public static boolean isValid(EndpointBinding binding, EndpointRequest request, ModelEndpointCapabilities caps) {
        return firstViolation(binding, request, caps).isEmpty();
    }

    /**
     * The component of {@code binding} that breaks the validity rule, checked in the order {@code protocol},
     * {@code host}, {@code authMode}; empty when the cell is valid.
     */
    public static Optional<String> firstViolation(EndpointBinding binding, EndpointRequest request,
            ModelEndpointCapabilities caps) {
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(caps, "caps");
        if (!commonProtocols(request, caps).contains(binding.protocol())) {
            return Optional.of("protocol");
        }
        if (!request.harnessHosts().contains(binding.host())) {
            return Optional.of("host");
        }
        if (!caps.authModes().contains(binding.authMode())) {
            return Optional.of("authMode");
        }
        return Optional.empty();
    }

    /**
     * Returns {@code binding} when it is valid.
     *
     * @throws ProviderException.ContractViolation {@code INVALID_VALUE} naming the first broken component
     */
    public static EndpointBinding requireValid(EndpointBinding binding, EndpointRequest request,
            ModelEndpointCapabilities caps) {
        firstViolation(binding, request, caps).ifPresent(field -> {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, field);
        });
        return binding;
    }

    /**
     * {@code harnessDrives ∩ caps.protocols}, in the order of {@code caps.protocols}; when empty, {@code resolve}
     * throws {@link ProviderException.Unsupported}.
     */
    public static Set<WireProtocol> commonProtocols(EndpointRequest request, ModelEndpointCapabilities caps) {
        Set<WireProtocol> common = new LinkedHashSet<>(caps.protocols());
        common.retainAll(request.harnessDrives());
        return java.util.Collections.unmodifiableSet(common);
    }

    /** True when {@code baseUrl} is allowed (see the class comment). */
    public static boolean isAllowedBaseUrl(String baseUrl) {
        if (baseUrl == null) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (URISyntaxException e) {
            return false;
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getScheme() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return false;
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty() || uri.getRawUserInfo() != null) {
            return false;
        }
        return scheme.equals("https") || isLoopbackHost(host);
    }

    /**
     * Returns {@code baseUrl} when it is allowed.
     *
     * @throws ProviderException.ContractViolation {@code INVALID_VALUE(field)}; the value is not echoed
     */
    public static String requireBaseUrl(String baseUrl, String field) {
        if (!isAllowedBaseUrl(baseUrl)) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, field);
        }
        return baseUrl;
    }

    /**
     * True for a loopback host as a URL spells it: {@code localhost} (any case), an IPv4 literal in
     * {@code 127.0.0.0/8}, or a bracketed IPv6 loopback literal such as {@code [::1]}. Names other than
     * {@code localhost} are never resolved, so they are not loopback.
     */
    public static boolean isLoopbackHost(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        Matcher ipv4 = IPV4.matcher(host);
        if (ipv4.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(ipv4.group(i)) > 255) {
                    return false;
                }
            }
            return Integer.parseInt(ipv4.group(1)) == 127;
        }
        if (host.length() > 2 && host.charAt(0) == '[' && host.charAt(host.length() - 1) == ']') {
            String literal = host.substring(1, host.length() - 1);
            if (!literal.matches("[0-9A-Fa-f:.%\\w]+") || literal.indexOf(':') < 0) {
                return false;
            }
            try {
                // An IPv6 literal (it contains ':'), so no name lookup happens.
                return InetAddress.getByName(literal).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}

package dev.donmai.contracts.sandbox;

import java.util.List;

/**
 * Outbound network policy of a sandbox (needs {@code supportsCustomNetworkPolicy}).
 *
 * @param egress     the policy kind
 * @param allowHosts host names or {@code *.}-prefixed domain patterns; non-empty only with {@code ALLOWLIST}
 *                   (an empty allowlist allows nothing)
 */
public record NetworkPolicy(EgressDefault egress, List<String> allowHosts) {

    public NetworkPolicy {
        Checks.required(egress, "egress");
        allowHosts = Checks.texts(allowHosts, "allowHosts");
        Checks.check(allowHosts.isEmpty() || egress == EgressDefault.ALLOWLIST, "allowHosts");
        for (String host : allowHosts) {
            Checks.check(host.matches("^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$"), "allowHosts");
        }
    }

    /** Allow only {@code hosts}. */
    public static NetworkPolicy allowlist(List<String> hosts) {
        return new NetworkPolicy(EgressDefault.ALLOWLIST, hosts);
    }
}

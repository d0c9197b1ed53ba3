package dev.donmai.contracts.sandbox;

import dev.donmai.contracts.provider.FieldChecks;
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
        FieldChecks.require(egress, "egress");
        allowHosts = FieldChecks.requiredTexts(allowHosts, "allowHosts");
        FieldChecks.check(allowHosts.isEmpty() || egress == EgressDefault.ALLOWLIST, "allowHosts");
        for (String host : allowHosts) {
            FieldChecks.check(host.matches("^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$"), "allowHosts");
        }
    }

    /** Allow only {@code hosts}. */
    public static NetworkPolicy allowlist(List<String> hosts) {
        return new NetworkPolicy(EgressDefault.ALLOWLIST, hosts);
    }
}

package dev.donmai.providers.fixturealpha;

/** Deliberate A10 violations: a brand in OSS field and method names. */
public final class BrandedMembers {

    private String renseiUrl = "";

    public String callRensei() {
        return renseiUrl;
    }
}

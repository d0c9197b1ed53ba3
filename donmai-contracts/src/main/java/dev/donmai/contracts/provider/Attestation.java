package dev.donmai.contracts.provider;

import java.util.Objects;

/** A statement about a provider build (e.g. provenance), signed by its issuer. */
public record Attestation(String predicateType, String statement, String issuer, String signatureValue) {
    public Attestation {
        Objects.requireNonNull(predicateType, "predicateType");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(signatureValue, "signatureValue");
    }
}

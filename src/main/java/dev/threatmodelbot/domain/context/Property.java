package dev.threatmodelbot.domain.context;

/** The security properties facts are about; each has a small vocabulary of values. */
public enum Property {
    /** plain, tls, mtls. */
    TRANSPORT,
    /** none, password, api-key, token, oauth, sso, mfa, mtls, iam, ssh-key. */
    AUTHENTICATION,
    /** none, rbac, abac, acl, least-privilege. */
    AUTHORIZATION,
    /** none, encrypted, kms. */
    ENCRYPTION_AT_REST,
    /** public, internal, vpn. */
    EXPOSURE,
    /** pii, payment, credentials, health, confidential, public. */
    DATA_CLASSIFICATION,
    /** vault, secrets-manager, env, config, code. */
    SECRETS,
    /** none, enabled, audit. */
    LOGGING,
    /** none, enabled. */
    RATE_LIMITING,
    /** none, validated, sanitised. */
    INPUT_VALIDATION;

    /** The values a fact about this property may state (see each constant). */
    public java.util.List<String> vocabulary() {
        switch (this) {
            case TRANSPORT:
                return java.util.List.of("plain", "tls", "mtls");
            case AUTHENTICATION:
                return java.util.List.of("none", "password", "api-key", "token", "oauth", "sso", "mfa", "mtls", "iam",
                        "ssh-key");
            case AUTHORIZATION:
                return java.util.List.of("none", "rbac", "abac", "acl", "least-privilege");
            case ENCRYPTION_AT_REST:
                return java.util.List.of("none", "encrypted", "kms");
            case EXPOSURE:
                return java.util.List.of("public", "internal", "vpn");
            case DATA_CLASSIFICATION:
                return java.util.List.of("pii", "payment", "credentials", "health", "confidential", "public");
            case SECRETS:
                return java.util.List.of("vault", "secrets-manager", "env", "config", "code");
            case LOGGING:
                return java.util.List.of("none", "enabled", "audit");
            case RATE_LIMITING:
                return java.util.List.of("none", "enabled");
            default:
                return java.util.List.of("none", "validated", "sanitised");
        }
    }

    /** The property in words people use. */
    public String words() {
        switch (this) {
            case TRANSPORT:
                return "encryption in transit";
            case AUTHENTICATION:
                return "how callers prove who they are";
            case AUTHORIZATION:
                return "who may do what";
            case ENCRYPTION_AT_REST:
                return "encryption of stored data";
            case EXPOSURE:
                return "who can reach it";
            case DATA_CLASSIFICATION:
                return "sensitive data";
            case SECRETS:
                return "where keys and passwords live";
            case LOGGING:
                return "logging and audit trail";
            case RATE_LIMITING:
                return "limits on traffic";
            default:
                return "handling of input";
        }
    }
}

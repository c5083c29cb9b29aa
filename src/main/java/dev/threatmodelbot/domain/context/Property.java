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
    INPUT_VALIDATION
}

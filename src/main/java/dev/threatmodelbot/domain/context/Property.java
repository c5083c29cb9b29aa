package dev.threatmodelbot.domain.context;

/** The security properties facts are about; each has a small vocabulary of values. */
public enum Property {
    /** plain, tls, mtls; unverified (TLS without certificate checks). */
    TRANSPORT,
    /**
     * none, password, api-key, token, oauth, sso, mfa, mtls, iam, ssh-key; short-lived (the tokens or
     * credentials it accepts expire within minutes or hours); shared (one credential for many callers),
     * single-factor (no second factor),
     * no-revocation (access or sessions outlive their revocation), trusts-header (takes the caller's identity
     * from a header or field another part sets, without checking a credential itself), bound (its tokens are bound to a
     * device key or client certificate, so a copied token alone does not work), passwordless (people sign in
     * without a password: magic links, passkeys, WebAuthn), bearer-link (whoever holds a link gets in: it lasts days or
     * is tied to no device or sign-in), default-password (it ships with a default password nothing forces to change),
     * weak-hash (it keeps passwords with a fast or reversible hash), long-lived (its tokens or sessions last days or
     * never expire).
     */
    AUTHENTICATION,
    /**
     * none, rbac, abac, acl, least-privilege; no-approval (no second person), fails-open (allows when its check
     * fails), privileged (the code it runs has host-level rights: root, privileged mode, the Docker socket),
     * over-broad (its role or account may do far more than it needs: wildcards, admin rights), racy (its check and the
     * change it guards are not atomic, so concurrent requests pass together), client-side (what it should refuse or hide
     * is refused or hidden only by its client app), trusts-client (it reads
     * what a caller may do from a value the caller sends), any-origin (any web site may call it with its visitors'
     * sessions: open CORS, no CSRF protection), guessable-id (its records are named by sequential identifiers),
     * prompt-only (the rules an LLM should keep are only written in its prompt), untrusted-config (its checks are set by
     * the change under review).
     */
    AUTHORIZATION,
    /** none, encrypted, kms. */
    ENCRYPTION_AT_REST,
    /**
     * public, internal, vpn, client (runs or is kept on the user's own device, e.g. in the browser);
     * open-egress (it may send to any address); admin-exposed (its management or debug interface is reachable beyond
     * its operators).
     */
    EXPOSURE,
    /**
     * pii, payment, credentials, health, confidential, public; of ML work: model-files (trained models,
     * weights, checkpoints) and training-data (training, validation or label data); retained (kept longer than needed).
     */
    DATA_CLASSIFICATION,
    /** vault, secrets-manager, env, config, code; static (never rotated); client (shipped inside the apps users hold);
     * plaintext (kept readable where they are stored); spread (copied everywhere); browser (tokens kept in web storage
     * any script on the page reads). */
    SECRETS,
    /** none, enabled, audit; mutable (its records can be rewritten), payloads (it logs request or response bodies). */
    LOGGING,
    /** none, enabled. */
    RATE_LIMITING,
    /**
     * none, validated, sanitised; raw-html (it shows HTML from content as it is); runs-untrusted (it runs code content
     * brings); client-amounts (it takes prices, amounts or totals as the client sends them).
     */
    INPUT_VALIDATION,
    /** Of an ML model or LLM: hosted-api, self-hosted, fine-tuned, in-house. */
    MODEL_SOURCE,
    /** Of an ML model, pipeline or vector store: where training, fine-tuning or retrieval data comes from. */
    DATA_PROVENANCE,
    /** Of an LLM: what is done with what it writes. */
    OUTPUT_HANDLING,
    /** Of an LLM or agent: what it can do by itself through tools. */
    TOOL_ACCESS,
    /**
     * What it takes in from outside the team's control: user-url (fetches URLs someone else
     * supplies), fetched (reads web pages, feeds or third-party content), upload (accepts uploaded
     * files), dependencies (third-party packages, images or charts it is built from).
     */
    EXTERNAL_CONTENT,
    /**
     * How devices, releases and messages resist tampering: secure-element or keys-in-storage (where a
     * device keeps its private key), anti-rollback or rollback (whether old signed updates are
     * refused), replay-protected or replayable (commands and messages), revocation or no-revocation
     * (of certificates), signed or unsigned (events and webhooks it sends), verified (it checks
     * signatures before installing), release-signing (it signs what it releases), immutable (what it stores
     * cannot be changed or deleted before its retention ends: object lock, WORM, append-only).
     */
    TAMPER_PROTECTION,
    /**
     * Whether the part is this review's to threat-model: reviewed-elsewhere (the text says it has been
     * threat-modelled already or is shown for context only), sign-in-elsewhere (only how people sign in to it is
     * excluded). No answer topic: nobody is asked about it.
     */
    SCOPE;

    /** Whether answers are read for this property and questions asked about it (all but {@link #SCOPE}). */
    public boolean isAnswerTopic() {
        return this != SCOPE;
    }

    /** Topics that only exist for machine-learning parts. */
    public boolean isMachineLearning() {
        return this == MODEL_SOURCE || this == DATA_PROVENANCE || this == OUTPUT_HANDLING || this == TOOL_ACCESS;
    }

    /** The values a fact about this property may state (see each constant). */
    public java.util.List<String> vocabulary() {
        switch (this) {
            case TRANSPORT:
                return java.util.List.of("plain", "tls", "mtls", "unverified");
            case AUTHENTICATION:
                return java.util.List.of("none", "password", "api-key", "token", "oauth", "sso", "mfa", "mtls", "iam",
                        "ssh-key", "short-lived", "shared", "single-factor", "no-revocation", "trusts-header", "bound",
                        "passwordless", "bearer-link", "default-password", "weak-hash", "long-lived", "source-ip");
            case AUTHORIZATION:
                return java.util.List.of("none", "rbac", "abac", "acl", "least-privilege", "no-approval", "fails-open",
                        "privileged", "over-broad", "racy", "client-side", "trusts-client", "any-origin",
                        "guessable-id", "prompt-only", "untrusted-config");
            case ENCRYPTION_AT_REST:
                return java.util.List.of("none", "encrypted", "kms");
            case EXPOSURE:
                return java.util.List.of("public", "internal", "vpn", "client", "open-egress", "admin-exposed");
            case DATA_CLASSIFICATION:
                return java.util.List.of("pii", "payment", "credentials", "health", "confidential", "public",
                        "model-files", "training-data", "retained");
            case SECRETS:
                return java.util.List.of("vault", "secrets-manager", "env", "config", "code", "static", "client", "plaintext",
                        "spread", "browser");
            case LOGGING:
                return java.util.List.of("none", "enabled", "audit", "mutable", "payloads");
            case RATE_LIMITING:
                return java.util.List.of("none", "enabled");
            case INPUT_VALIDATION:
                return java.util.List.of("none", "validated", "sanitised", "raw-html", "runs-untrusted", "client-amounts");
            case MODEL_SOURCE:
                return java.util.List.of("hosted-api", "self-hosted", "fine-tuned", "in-house");
            case DATA_PROVENANCE:
                return java.util.List.of("internal", "public", "user-supplied", "third-party");
            case OUTPUT_HANDLING:
                return java.util.List.of("shown", "executed", "reviewed", "validated");
            case EXTERNAL_CONTENT:
                return java.util.List.of("user-url", "fetched", "upload", "imported", "dependencies", "rendered");
            case TAMPER_PROTECTION:
                return java.util.List.of("secure-element", "keys-in-storage", "anti-rollback", "rollback",
                        "replay-protected", "replayable", "revocation", "no-revocation", "signed", "unsigned", "verified",
                        "release-signing", "immutable");
            case SCOPE:
                return java.util.List.of("reviewed-elsewhere", "sign-in-elsewhere");
            default:
                return java.util.List.of("none", "read-only", "write");
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
            case INPUT_VALIDATION:
                return "handling of input";
            case MODEL_SOURCE:
                return "where the model comes from and runs";
            case DATA_PROVENANCE:
                return "where its training or retrieval data comes from";
            case OUTPUT_HANDLING:
                return "what is done with its output";
            case EXTERNAL_CONTENT:
                return "content it takes in from outside";
            case TAMPER_PROTECTION:
                return "protection of device keys, updates and messages";
            case SCOPE:
                return "whether this review covers it";
            default:
                return "what it can do by itself";
        }
    }
}

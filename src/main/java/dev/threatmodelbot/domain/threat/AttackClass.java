package dev.threatmodelbot.domain.threat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of attack a threat is, from a small fixed vocabulary shared by the rules, the language
 * model's proposals and the benchmark's answer keys ({@code bench/answer-keys/README.md}).
 */
public enum AttackClass {
    SPOOFING,
    CREDENTIAL_EXPOSURE,
    PRIVILEGE_ESCALATION,
    INJECTION,
    XSS,
    SSRF,
    EAVESDROPPING,
    DATA_DISCLOSURE,
    DATA_TAMPERING,
    REPUDIATION,
    DENIAL_OF_SERVICE,
    SUPPLY_CHAIN,
    CONFIG_TAMPERING,
    CLIENT_TAMPERING,
    PROMPT_INJECTION,
    LLM_DISCLOSURE,
    OUTPUT_HANDLING,
    EXCESSIVE_AGENCY,
    DATA_POISONING,
    MODEL_TAMPERING,
    MODEL_THEFT,
    MODEL_EVASION,
    MISINFORMATION;

    /** "credential-exposure". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The class a code names ("prompt-injection"), if any. */
    public static Optional<AttackClass> of(String code) {
        String normal = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.code().equals(normal)).findFirst();
    }
}

package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.threat.AttackClass;
import dev.threatmodelbot.domain.threat.Stride;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where a stated gap means something else than its control's template: on a queue, or of an artifact that runs. */
final class GapVariants {
    private GapVariants() {}

    /** The variant for {@code key} ("AUTHORIZATION=none") on a queue or of what {@code quote} calls unsigned, if any. */
    static Optional<GapThreats.Template> of(String key, boolean queue, String quote) {
        if (queue && MESSAGING.containsKey(key)) {
            return Optional.of(MESSAGING.get(key));
        }
        return Optional.ofNullable(UNSIGNED_ARTIFACTS.get(key + ":" + artefact(quote)));
    }

    /**
     * The same gaps on a queue or topic: who is missing a check there is every client that can connect, and
     * what they do is publish forged messages the consumers act on, or read messages meant for others.
     */
    private static final Map<String, GapThreats.Template> MESSAGING = Map.ofEntries(
            GapThreats.entry(Property.AUTHORIZATION, "none", "no-topic-acl", Set.of(Stride.SPOOFING, Stride.TAMPERING,
                    Stride.INFORMATION_DISCLOSURE), AttackClass.DATA_TAMPERING, 3,
                    "Any client that reaches {name} publishes forged messages or reads others'",
                    "any client that can connect, including a compromised one, publishes messages its consumers act on as "
                            + "if genuine, or reads messages meant for other services",
                    "Give each producer and consumer its own identity with ACLs on the topics it needs"),
            GapThreats.entry(Property.AUTHENTICATION, "none", "unauthenticated-broker", Set.of(Stride.SPOOFING, Stride.TAMPERING),
                    AttackClass.DATA_TAMPERING, 3, "Anyone who reaches {name} publishes or reads its messages",
                    "anyone on its network connects without credentials, publishes forged messages or reads all of them",
                    "Require client authentication (mTLS or SASL) and per-client ACLs"));

    /** "Model artifacts are not signed", "images are pushed unsigned": what is unsigned is code that runs somewhere. */
    private static final Map<String, GapThreats.Template> UNSIGNED_ARTIFACTS = Map.ofEntries(
            Map.entry("TAMPER_PROTECTION=unsigned:model", new GapThreats.Template("unsigned-model", Set.of(Stride.TAMPERING,
                    Stride.ELEVATION_OF_PRIVILEGE), AttackClass.MODEL_TAMPERING, 3, 3,
                    "A tampered model artifact changes what {name} predicts or runs code where it is loaded",
                    "The design states this gap; whoever can write where the artifact is kept replaces it, and model formats"
                            + " such as pickle run code when they are loaded.",
                    "Sign model artifacts when they are registered and verify the signature before loading, and prefer "
                            + "formats that cannot carry code (safetensors, ONNX) for {name}.")),
            Map.entry("TAMPER_PROTECTION=unsigned:package", new GapThreats.Template("unsigned-package", Set.of(Stride.TAMPERING,
                    Stride.ELEVATION_OF_PRIVILEGE), AttackClass.SUPPLY_CHAIN, 3, 3,
                    "A tampered package or image is deployed through {name} unnoticed",
                    "The design states this gap; nothing proves a package or image is the one that was built, so a "
                            + "replaced one is deployed and runs.",
                    "Sign packages and images when they are built and verify the signature before deploying them for {name}.")));
    private static final java.util.regex.Pattern MODEL_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:models?|weights|checkpoints?|pickle|joblib|safetensors|\\.pkl|\\.pt|\\.h5)\\b");
    private static final java.util.regex.Pattern PACKAGE_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:packages?|images?|containers?|artifacts?|binaries|builds?|releases?|firmware|updates?|charts?|packs?"
                    + "|plugins?|modules?|dependencies|rules?|tags?|digests?|actions)\\b");

    private static String artefact(String quote) {
        return MODEL_WORDS.matcher(quote).find() ? "model" : PACKAGE_WORDS.matcher(quote).find() ? "package" : "";
    }

}

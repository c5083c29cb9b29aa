package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The custom resources a Kubernetes operator or controller acts on ("custom resource definitions
 * (CRDs) like BackupPolicy", "it watches `BackupPolicy` objects"): one configuration store, named
 * "Custom resources", that keeps each resource kind the text names as an alias. Whoever can write
 * them changes what the operator does, which is why they are a part of their own. Kinds built into
 * Kubernetes (ConfigMap, ServiceAccount …) are not custom resources.
 */
final class CustomResources {
    static final ComponentRef PART = new ComponentRef("custom-resources", "Custom resources", ComponentKind.CONFIG_STORE, "");
    private static final Pattern NAMED = Pattern.compile("(?i)\\bcustom[- ]resources?(?:[- ]definitions?)?\\b|(?-i)\\bCRDs?\\b");
    private static final String KIND = "[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+";
    private static final Pattern KIND_OBJECTS = Pattern.compile("`?(" + KIND + ")s?`?((?:\\s*(?:,|and|or)\\s*`?"
            + KIND + "s?`?)*)\\s+(?:custom\\s+)?(?:objects?|resources?)\\b");
    private static final Pattern KIND_AFTER_CUE = Pattern.compile("(?i:like|such as|e\\.g\\.,?|including)\\s+`?(" + KIND
            + ")");
    private static final Pattern ANY_KIND = Pattern.compile(KIND);
    private static final Set<String> BUILT_IN = Set.of("ConfigMap", "ServiceAccount", "ClusterRole", "RoleBinding",
            "ClusterRoleBinding", "NetworkPolicy", "PersistentVolume", "PersistentVolumeClaim", "StatefulSet",
            "DaemonSet", "ReplicaSet", "CronJob", "StorageClass", "PodSecurityPolicy", "ResourceQuota", "LimitRange",
            "HorizontalPodAutoscaler", "PodDisruptionBudget", "IngressClass", "EndpointSlice",
            "CustomResourceDefinition", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
            "APIService", "PriorityClass", "RuntimeClass", "CertificateSigningRequest", "TokenReview");

    private CustomResources() {}

    /** Whether the text speaks of custom resources at all. */
    static boolean named(List<Sentence> sentences) {
        return sentences.stream().anyMatch(s -> NAMED.matcher(s.analysed()).find());
    }

    /** The generic names of the part ("custom resources", "CRDs"). */
    static List<Term> terms(List<Sentence> sentences) {
        if (!named(sentences)) {
            return List.of();
        }
        return List.of(Term.caseInsensitive("custom resource definitions", PART),
                Term.caseInsensitive("custom resource definition", PART), Term.caseInsensitive("custom resources", PART),
                Term.caseInsensitive("custom resource", PART), Term.exact("CRDs", PART), Term.exact("CRD", PART));
    }

    /** The resource kinds the text names, each another name of the part. */
    static List<Aliases.Merge> kinds(List<Sentence> sentences) {
        if (!named(sentences)) {
            return List.of();
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (Sentence s : sentences) {
            String text = s.analysed();
            Matcher objects = KIND_OBJECTS.matcher(text);
            while (objects.find()) {
                kinds.add(objects.group(1));
                Matcher more = ANY_KIND.matcher(objects.group(2));
                while (more.find()) {
                    kinds.add(more.group());
                }
            }
            if (NAMED.matcher(text).find()) {
                Matcher cue = KIND_AFTER_CUE.matcher(text);
                while (cue.find()) {
                    kinds.add(cue.group(1));
                }
            }
        }
        List<Aliases.Merge> out = new ArrayList<>();
        kinds.stream().map(k -> k.endsWith("s") && kinds.contains(k.substring(0, k.length() - 1)) ? "" : k)
                .filter(k -> !k.isEmpty() && !BUILT_IN.contains(k)).distinct()
                .forEach(k -> out.add(new Aliases.Merge(PART, PART, k)));
        return out;
    }

}

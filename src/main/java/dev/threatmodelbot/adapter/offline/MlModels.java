package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trained models a doc names by what they are: an architecture ("a convolutional neural network",
 * "a random forest"), a classifier ("the husky classifier", "an image classifier") or a model named
 * by its task ("an image classification model", "the fraud model" where the sentence says it is
 * trained, predicts or scores). Each is a part of kind ML model; where the doc names one model only,
 * "the model" and "the trained model" are that part too, but not "the model registry" or "the model
 * files", which name where it is kept.
 *
 * <p>Not models: "threat model", "data model", "pricing model" and other ways of working; "machine
 * learning model" and "ML model" alone, which docs use for the stored artefact as much as for the model.
 */
final class MlModels {
    private static final Pattern ARCHITECTURE = Pattern.compile("(?i)\\b((?:deep |convolutional |recurrent "
            + "|graph |feed-?forward |siamese )?neural networks?|random forests?|gradient[- ]boost(?:ed|ing) "
            + "(?:trees|classifiers?|models?)|(?:XGBoost|LightGBM|logistic regression|linear regression|decision tree"
            + "|k-means|isolation forest) (?:models?|classifiers?)|support vector machines?)\\b");
    private static final Pattern CLASSIFIER = Pattern.compile("(?i)\\b(?:the|an?|our|its|their)\\s+((?:[a-z][\\w-]*"
            + "\\s+)?(?:classifier|(?:classification|regression|detection|prediction|forecasting|ranking|recommendation"
            + "|segmentation|recognition|scoring) models?))\\b");
    private static final Pattern TASK_MODEL = Pattern.compile("(?i)\\bthe\\s+([a-z][\\w-]*\\s+models?)\\b");
    private static final Pattern ML_VERB = Pattern.compile("(?i)\\b(?:train(?:s|ed|ing)?|retrain\\w*|predict\\w*"
            + "|classif\\w*|inference|scor(?:es|ed|ing)|weights|checkpoints?)\\b");
    private static final Set<String> NOT_ML = Set.of("threat", "data", "domain", "object", "security", "access",
            "pricing", "business", "deployment", "operating", "cost", "trust", "programming", "permission",
            "permissions", "responsibility", "maturity", "language", "delivery", "service", "support", "ownership",
            "governance", "consistency", "execution", "concurrency", "memory", "actor", "component", "reference",
            "mental", "machine", "ml", "ai", "trained", "same", "new", "final", "current", "whole", "entire", "underlying");
    /** "the model", not "the model registry": words after it that make it the place a model is kept. */
    private static final String KEPT = "(?!\\s+(?:registry|registries|store|storage|stores|bucket|blob|files?"
            + "|artifacts?|artefacts?|weights|repository|repo|server|endpoint|card|versions?|catalog(?:ue)?)\\b)";

    private MlModels() {}

    /** The trained models this sentence names. */
    static List<ComponentRef> discover(Sentence s) {
        String text = s.analysed();
        List<ComponentRef> found = new ArrayList<>();
        Matcher c = CLASSIFIER.matcher(text);
        while (c.find()) {
            named(s.text().substring(c.start(1), c.end(1))).ifPresent(found::add);
        }
        if (ML_VERB.matcher(text).find()) {
            Matcher t = TASK_MODEL.matcher(text);
            while (t.find()) {
                named(s.text().substring(t.start(1), t.end(1))).ifPresent(found::add);
            }
        }
        if (found.isEmpty()) { // "the churn model is a random forest": the architecture describes the model named
            Matcher a = ARCHITECTURE.matcher(text);
            while (a.find()) {
                found.add(ref(s.text().substring(a.start(1), a.end(1))));
            }
        }
        return found;
    }

    /** "the model" and "the trained model" for the one model a doc names. */
    static List<Term> anaphora(List<ComponentRef> models) {
        if (models.size() != 1) {
            return List.of();
        }
        Pattern p = Pattern.compile("(?i)(?<![\\p{L}\\p{N}_-])the (?:trained )?model(?![\\p{L}\\p{N}_-])" + KEPT);
        return List.of(new Term(p, "model", models.get(0)));
    }

    private static Optional<ComponentRef> named(String phrase) {
        String first = phrase.split("\\s+")[0].toLowerCase(Locale.ROOT);
        boolean modelOnly = phrase.toLowerCase(Locale.ROOT).matches("models?");
        return NOT_ML.contains(first) || modelOnly ? Optional.empty() : Optional.of(ref(phrase));
    }

    private static ComponentRef ref(String phrase) {
        String name = phrase.replaceAll("\\s+", " ").replaceAll("(?i)(model|classifier|network|forest|tree|machine)s$",
                "$1");
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return new ComponentRef(Slugs.of(name), name, ComponentKind.ML_MODEL, "");
    }
}

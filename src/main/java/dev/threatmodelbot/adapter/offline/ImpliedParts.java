package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part a sentence that names none refers to, where the text names exactly one part that fits: "no
 * secret scrubbing at ingestion" is about the Ingestion worker (a part whose name starts with that word),
 * "no per-user permission filtering at retrieval" about the one vector store, "refresh tokens are not
 * rotated" or "API keys have no expiry" about the one identity, account or key service. Only what the sentence states is placed this way: no part
 * and no flow comes of it.
 */
final class ImpliedParts {
    private static final Pattern IDENTITY = Pattern.compile("(?i)\\b(?:identity|auth\\w*|login|sign[- ]?in|SSO|accounts?|keys?"
            + "|credentials?|tokens?)\\b");
    private static final Pattern ACTION_NOUN = Pattern.compile("(?i)[a-z]{3,}(?:ion|ing|ment)");
    private static final int MAX_PARTS = 2;

    /** Words that stand for the one part of a kind. */
    private record KindWords(Pattern words, Predicate<ComponentRef> fits) {}

    private static final List<KindWords> KIND_WORDS = List.of(
            new KindWords(words("retriev\\w*|embeddings?|similarity search|vector (?:search|index)"),
                    r -> r.kind() == ComponentKind.VECTOR_STORE),
            new KindWords(words("prompts?|completions?|system prompt"), r -> r.kind() == ComponentKind.LLM),
            new KindWords(words("(?:refresh|access|session|ID|bearer) tokens?|sessions?|log[- ]?(?:in|out)s?"
                    + "|sign[- ]?(?:in|out)s?|passwords?|MFA|API keys?"),
                    r -> r.kind() == ComponentKind.IDENTITY_PROVIDER || IDENTITY.matcher(r.name()).find()));

    private ImpliedParts() {}

    /** The parts the sentence refers to, as mentions at the words that refer to them; none when unclear. */
    static List<Mention> of(Sentence s, Collection<ComponentRef> parts) {
        String text = s.analysed();
        List<ComponentRef> candidates = parts.stream().filter(r -> r.kind() != ComponentKind.EXTERNAL_ENTITY).distinct()
                .toList();
        Map<String, Mention> found = new LinkedHashMap<>();
        for (ComponentRef r : candidates) {
            headWord(r).map(w -> Pattern.compile("(?i)\\b" + Pattern.quote(w) + "\\b").matcher(text))
                    .filter(Matcher::find).ifPresent(m -> found.putIfAbsent(r.id(), new Mention(r, m.start(), m.end())));
        }
        for (KindWords k : KIND_WORDS) {
            Matcher m = k.words().matcher(text);
            List<ComponentRef> fitting = candidates.stream().filter(k.fits()).toList();
            if (fitting.size() == 1 && m.find()) {
                found.putIfAbsent(fitting.get(0).id(), new Mention(fitting.get(0), m.start(), m.end()));
            }
        }
        if (found.isEmpty() || found.size() > MAX_PARTS) {
            return List.of();
        }
        List<Mention> mentions = new ArrayList<>(found.values());
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return List.copyOf(mentions);
    }

    /** "Ingestion worker" → "ingestion": a name's first word when it names an activity and others follow it. */
    private static java.util.Optional<String> headWord(ComponentRef r) {
        String[] words = r.name().strip().split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        boolean telling = words.length >= 2 && ACTION_NOUN.matcher(first).matches()
                && !RoleWords.GENERIC.contains(first);
        return telling ? java.util.Optional.of(first) : java.util.Optional.empty();
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?i)\\b(?:" + alternatives + ")\\b");
    }
}

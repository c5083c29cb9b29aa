package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interchangeable products offered for one role: "integrates secret stores such as AWS Secrets
 * Manager, HashiCorp Vault and Azure Key Vault", "supports Vault, Doppler or 1Password". The system
 * talks to whichever one a user configures, so the list is one part, named by the role the text gives
 * it ("Secret store") or else by the first product, that keeps every product as an alias. Only
 * products of one kind listed after such a cue count; a product the text gives a role of its own
 * elsewhere ("Audit store: HashiCorp Vault") stays its own part.
 */
final class Alternatives {
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:like|such as|e\\.g\\.,?|for example,?|for instance,?"
            + "|including|examples?\\s*:|supports?|supported (?:providers|back[- ]?ends|stores)\\s*:"
            + "|providers?\\s*:|back[- ]?ends?\\s*:)\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+|\\s*/\\s*)");
    private static final Set<String> HEADS = Set.of("system", "systems", "service", "services", "store", "stores",
            "provider", "providers", "backend", "backends", "manager", "managers", "platform", "platforms",
            "vault", "vaults", "database", "databases", "registry", "registries", "queue", "queues", "broker",
            "brokers", "cache", "caches", "engine", "engines");
    private static final int MODIFIERS = 3;

    private Alternatives() {}

    /** One list: the part it is, how the text named the role (blank when it did not), and the products. */
    record Group(ComponentRef part, String surface, List<ComponentRef> products) {}

    /** The lists of alternatives in {@code s}, among the {@code products} the lexicon found there. */
    static List<Group> in(Sentence s, List<Mention> products) {
        List<Group> out = new ArrayList<>();
        String text = s.analysed();
        for (int i = 0; i < products.size(); i++) {
            Matcher cue = CUE.matcher(text.substring(i == 0 ? 0 : products.get(i - 1).end(), products.get(i).start()));
            if (!cue.find()) {
                continue;
            }
            List<Mention> listed = listed(text, products, i);
            if (listed.size() < 2) {
                continue;
            }
            int cueStart = (i == 0 ? 0 : products.get(i - 1).end()) + cue.start();
            ComponentRef first = listed.get(0).ref();
            // "X supports A, B": X is who supports them, not their role
            boolean verb = cue.group().strip().toLowerCase(Locale.ROOT).startsWith("support");
            Optional<String> role = verb ? Optional.empty() : role(s.text().substring(0, cueStart));
            ComponentRef part = role.map(r -> new ComponentRef(Slugs.of(r), r, first.kind(), "")).orElse(first);
            out.add(new Group(part, role.map(r -> roleSurface(s.text().substring(0, cueStart))).orElse(""),
                    listed.stream().map(Mention::ref).toList()));
            i += listed.size() - 1;
        }
        return out;
    }

    /** The products written one after another from {@code i}, joined by commas, "and", "or" or "/", all of one kind. */
    private static List<Mention> listed(String text, List<Mention> products, int i) {
        List<Mention> out = new ArrayList<>(List.of(products.get(i)));
        for (int k = i + 1; k < products.size(); k++) {
            Mention m = products.get(k);
            boolean joined = SEPARATOR.matcher(text.substring(products.get(k - 1).end(), m.start())).matches();
            if (!joined || m.ref().kind() != products.get(i).ref().kind()) {
                break;
            }
            if (out.stream().noneMatch(o -> o.ref().id().equals(m.ref().id()))) {
                out.add(m);
            }
        }
        return out;
    }

    /** "… external secret management systems": the role noun phrase right before the cue, singular and capitalised. */
    static Optional<String> role(String before) {
        List<Words.Word> words = phrase(before);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Words.Word head = words.get(words.size() - 1);
        String singular = singular(head.lower());
        String name = String.join(" ", words.subList(0, words.size() - 1).stream().map(Words.Word::text).toList());
        name = (name.isEmpty() ? "" : name + " ") + (head.capitalised() ? capitalise(singular) : singular);
        return Optional.of(capitalise(name));
    }

    private static String roleSurface(String before) {
        List<Words.Word> words = phrase(before);
        return before.substring(words.get(0).start(), words.get(words.size() - 1).end());
    }

    private static List<Words.Word> phrase(String before) {
        List<Words.Word> words = Words.of(before);
        if (words.isEmpty() || !HEADS.contains(words.get(words.size() - 1).lower())
                || !before.substring(words.get(words.size() - 1).end()).matches("[\\s,(]*")) {
            return List.of();
        }
        int from = words.size() - 1;
        while (from > 0 && words.size() - from <= MODIFIERS && modifier(words.get(from - 1))) {
            from--;
        }
        return from == words.size() - 1 ? List.of() : words.subList(from, words.size());
    }

    /** A word that may qualify a role noun: not a function word, nor a verb in the third person ("integrates"). */
    private static boolean modifier(Words.Word w) {
        String l = w.lower();
        return !RoleWords.LEADING.contains(l) && !l.matches(".*(?<!s)s|.*ed|.*ing") && l.matches("[a-z][a-z-]*");
    }

    private static String singular(String noun) {
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        return noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

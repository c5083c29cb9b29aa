package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Components named by what they are rather than by a product: a capitalised name ending in a
 * role noun ("Core Controller", "Orders service", "Bastion Server", "Data Engineer", "Training
 * and Validation Images storage"), "the" plus one lowercase word plus a role noun ("the billing
 * worker"), or a capitalised role noun after "the" ("the Webhook").
 *
 * <p>Not names: anything containing a catalogue product ("DynamoDB table", "Kubernetes operator"
 * are that product); words of a leading "Label:"; a role noun used as a modifier ("Stores API
 * keys"); one capitalised word plus a lowercase noun where capitals prove nothing, at the start of
 * a clause or when the word is generic ("Contains storage", "External service").
 */
final class RoleNames {
    private static final Pattern CLAUSE_START = Pattern.compile("(?s)(?:^|.*[:\"“‘'(\\[{—–\\-.!?|])\\s*$");
    private static final Set<String> JOINERS = Set.of("of", "and");

    private RoleNames() {}

    /** The role-named components this sentence names; {@code products} are the catalogue names found in it. */
    static List<ComponentRef> discover(Sentence s, List<Mention> products) {
        List<Words.Word> words = Words.of(s.analysed());
        Reader reader = new Reader(s, words, products, Labels.end(s.analysed()));
        List<ComponentRef> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int start = i;
            int end = reader.runEnd(start);
            Optional<ComponentRef> named = end < 0 ? Optional.empty() : reader.capitalisedName(start, end);
            named.or(() -> reader.lowercaseName(start)).ifPresent(found::add);
            i = named.isPresent() ? end + 1 : start + 1;
        }
        return found;
    }

    private record Reader(Sentence s, List<Words.Word> words, List<Mention> products, int labelEnd) {

        /** The last word of the run of adjacent capitalised words (joined by "of", "and") from {@code i}, or -1. */
        int runEnd(int i) {
            if (!capital(i)) {
                return -1;
            }
            int j = i;
            while (true) {
                if (capital(j + 1) && adjacent(j, j + 1)) {
                    j++;
                } else if (joiner(j + 1) && capital(j + 2) && adjacent(j, j + 1) && adjacent(j + 1, j + 2)) {
                    j += 2;
                } else {
                    return j;
                }
            }
        }

        Optional<ComponentRef> capitalisedName(int from, int to) {
            int noun = -1;
            for (int k = from; k <= to; k++) {
                noun = RoleWords.isRoleNoun(word(k).text()) ? k : noun;
            }
            boolean nounAfter = lowercaseNoun(to + 1) && adjacent(to, to + 1);
            noun = nounAfter ? to + 1 : noun;
            boolean head = noun == to || nounAfter; // "Container Storage Interface" is no storage
            if (noun < 0 || !head || word(noun).end() <= labelEnd || modifier(noun)) {
                return Optional.empty();
            }
            int first = firstWord(from, noun);
            if (first == noun ? !loneNounNames(from, noun) : !multiWordNames(first, noun)) {
                return Optional.empty();
            }
            return Optional.of(ref(word(first), word(noun)));
        }

        /** "the billing worker": one lowercase, non-generic word between "the" and a role noun. */
        Optional<ComponentRef> lowercaseName(int i) {
            if (i + 2 >= words.size() || !word(i).lower().equals("the")) {
                return Optional.empty();
            }
            Words.Word name = word(i + 1);
            boolean fits = name.text().matches("[a-z]{3,}") && !RoleWords.GENERIC.contains(name.text())
                    && !RoleWords.isRoleNoun(name.text()) && lowercaseNoun(i + 2) && !modifier(i + 2)
                    && adjacent(i, i + 1) && adjacent(i + 1, i + 2) && !covered(i + 1);
            return fits ? Optional.of(ref(name, word(i + 2))) : Optional.empty();
        }

        private int firstWord(int from, int noun) {
            int first = from;
            while (first < noun
                    && (RoleWords.LEADING.contains(word(first).lower()) || JOINERS.contains(word(first).text()))) {
                first++;
            }
            for (int k = first; k < noun; k++) {
                if (word(k).text().equals("and") && (k - first != 1 || noun - k - 1 < 2)) {
                    first = k + 1; // "A Service and B API", "Orders and Payments service": keep the last
                }
                if (word(k).text().matches(".*['’]s")) {
                    first = k + 1; // "the Operator's repository" names no repository
                }
            }
            return first;
        }

        /** A lone capitalised role noun names a component after "the" ("the Webhook") or, for people, mid-clause. */
        private boolean loneNounNames(int from, int noun) {
            Words.Word w = word(noun);
            if (!w.capitalised() || w.text().equals(w.text().toUpperCase(Locale.ROOT))) {
                return false;
            }
            boolean afterThe = noun > 0 && word(noun - 1).lower().equals("the");
            boolean person = RoleWords.ACTORS.contains(w.lower()) && from == noun && !clauseStart(noun);
            return afterThe || person;
        }

        /** One capitalised word before a lowercase noun is a name only mid-clause, not generic, not "X-based". */
        private boolean multiWordNames(int first, int noun) {
            if (noun - first > 1 || word(noun).capitalised()) {
                return true;
            }
            Words.Word w = word(first);
            return !clauseStart(first) && !RoleWords.GENERIC.contains(w.lower()) && !w.text().matches(".*-\\p{Ll}+");
        }

        private boolean modifier(int noun) {
            return noun + 1 < words.size() && adjacent(noun, noun + 1) && !word(noun + 1).capitalised()
                    && RoleWords.COMPOUND.contains(word(noun + 1).lower());
        }

        private boolean lowercaseNoun(int k) {
            return k < words.size() && !word(k).capitalised() && RoleWords.NOUNS.containsKey(word(k).lower())
                    && !covered(k);
        }

        private boolean capital(int k) {
            return k < words.size() && word(k).capitalised() && !covered(k);
        }

        private boolean joiner(int k) {
            return k < words.size() && JOINERS.contains(word(k).text());
        }

        private boolean clauseStart(int k) {
            return CLAUSE_START.matcher(s.analysed().substring(0, word(k).start())).matches();
        }

        private boolean covered(int k) {
            return products.stream().anyMatch(m -> m.overlaps(word(k).start(), word(k).end()));
        }

        private boolean adjacent(int a, int b) {
            return b < words.size() && s.analysed().substring(word(a).end(), word(b).start()).matches("[ \\t]+");
        }

        private Words.Word word(int k) {
            return words.get(k);
        }

        private ComponentRef ref(Words.Word first, Words.Word noun) {
            String name = s.text().substring(first.start(), noun.end()).replaceAll("\\s+", " ");
            return new ComponentRef(Slugs.of(name), name,
                    RoleWords.ofName(name, RoleWords.kindOf(noun.text()).orElseThrow()), "");
        }
    }
}

package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every way one text can name a component, in order of preference when two names of the same
 * length compete: components already known, catalogue products, names by role found anywhere in
 * this text, acronyms the text defines ("External Secrets Operator (ESO)"), short forms of role
 * names ("Bastion" for "Bastion Server"; exact capitalisation only), "the" plus the role noun
 * when one component alone has it ("the operator"), trained models named by what they are and "the
 * model" when the text names one ({@link MlModels}). Parts named by position ({@link PositionalNames})
 * join them, screens and consoles do not ({@link Phantoms}), and two names of one part become one
 * ({@link Aliases}, {@link AliasMerger}): every term of an alias names the part, which keeps the
 * alias. In a sentence the longest names win.
 */
final class Lexicon {
    private static final Pattern ACRONYM = Pattern.compile("^\\s*\\(([A-Z][A-Za-z0-9]{1,7})\\)");
    private final List<Term> terms;
    private final Map<String, List<String>> aliases;

    private Lexicon(List<Term> terms) {
        this(terms, Map.of());
    }

    private Lexicon(List<Term> terms, Map<String, List<String>> aliases) {
        this.terms = List.copyOf(terms);
        this.aliases = Map.copyOf(aliases);
    }

    /** The other names this text gives a part, by the part's id (see {@link Aliases}). */
    List<String> aliases(String id) {
        return aliases.getOrDefault(id, List.of());
    }

    static Lexicon of(Catalogue catalogue, ContextModel known, List<Sentence> sentences) {
        return of(catalogue, known, sentences, Map.of());
    }

    /** A lexicon of just these terms, with no aliases. */
    static Lexicon ofTerms(List<Term> terms) {
        return new Lexicon(terms);
    }

    /** As {@link #of(Catalogue, ContextModel, List)}, with the parts flow and zone tables name by position. */
    static Lexicon of(Catalogue catalogue, ContextModel known, List<Sentence> sentences,
            Map<String, FlowTables.Row> rows) {
        List<Term> terms = new ArrayList<>(Known.terms(known, catalogue));
        terms.addAll(catalogue.terms());
        Lexicon products = new Lexicon(terms);
        Map<String, ComponentRef> byId = new LinkedHashMap<>();
        known.components().stream().filter(c -> c.technology().isEmpty())
                .forEach(c -> byId.putIfAbsent(c.id(), new ComponentRef(c.id(), c.name(), c.kind(), "")));
        Set<String> names = new HashSet<>();
        Map<ComponentRef, Optional<ComponentRef>> judgements = new HashMap<>(); // a name is judged once per text
        boolean productModels = known.components().stream().anyMatch(c -> c.kind() == ComponentKind.LLM);
        Map<String, ComponentRef> bare = new LinkedHashMap<>();
        boolean partsList = false; // under a heading that lists the system's parts
        for (Sentence s : sentences) {
            partsList = s.kind() == Sentence.Kind.HEADING ? PartLists.listsParts(s) : partsList;
            List<Mention> named = products.mentions(s.analysed()).stream().filter(m -> !m.ref().namedByRole()).toList();
            productModels |= named.stream().anyMatch(m -> m.ref().kind() == ComponentKind.LLM
                    || m.ref().kind() == ComponentKind.ML_MODEL);
            List<ComponentRef> discovered = new ArrayList<>(RoleNames.discover(s, named));
            Aliases.labelled(s, named).ifPresent(discovered::add);
            Optional<ComponentRef> label = Definitions.label(s, named);
            label = label.isEmpty() && partsList ? PartLists.listed(s, named) : label;
            label.ifPresent(discovered::add);
            List<ComponentRef> people = s.states() && !Phantoms.navigation(s) ? People.discover(s) : List.of();
            discovered.addAll(people);
            discovered.addAll(MlModels.discover(s));
            if (s.states()) {
                BareRoles.discover(s, named).forEach(b -> bare.putIfAbsent(b.id(), b));
                ExternalParties.discover(s, named).forEach(p -> byId.putIfAbsent(p.id(), p));
            }
            for (ComponentRef found : discovered) {
                Optional<ComponentRef> judged = judgements.computeIfAbsent(found, f -> Phantoms.judge(f, sentences));
                if (judged.isEmpty()) {
                    continue;
                }
                ComponentRef r = judged.get();
                ComponentRef same = sameAs(r, byId.values()).orElse(r);
                byId.putIfAbsent(same.id(), same);
                if (names.add(found.name().toLowerCase(Locale.ROOT))) {
                    terms.add(people.contains(found) ? People.term(found.name(), byId.get(same.id()))
                            : Term.caseInsensitive(found.name(), byId.get(same.id())));
                }
                if (label.filter(found::equals).isPresent()) { // "**Web** (`lantern-web`)": the code name is the part's too
                    Definitions.bracketCode(s).filter(c -> names.add(c.toLowerCase(Locale.ROOT)))
                            .ifPresent(c -> terms.add(Term.exact(c, byId.get(same.id()))));
                }
                if (!found.name().equals(r.name()) && names.add(r.name().toLowerCase(Locale.ROOT))) {
                    terms.add(Term.caseInsensitive(r.name(), byId.get(same.id())));
                }
            }
        }
        bareRoles(bare.values(), terms, byId, names);
        PositionalNames.discover(terms, sentences, rows, byId, names);
        terms.addAll(CustomResources.terms(sentences));
        List<ComponentRef> roleNamed = List.copyOf(byId.values());
        terms.addAll(acronyms(new Lexicon(terms), sentences));
        terms.addAll(shortForms(roleNamed, title(sentences)));
        terms.addAll(anaphora(roleNamed));
        if (!productModels) { // beside a named LLM or model product, "the model" may be either
            terms.addAll(MlModels.anaphora(roleNamed.stream().filter(r -> r.kind() == ComponentKind.ML_MODEL).toList()));
        }
        return merged(terms, catalogue, known, sentences, rows);
    }

    /** Parts named by a bare role noun that acts ({@link BareRoles}), unless a fuller name of the part exists. */
    private static void bareRoles(Collection<ComponentRef> bare, List<Term> terms, Map<String, ComponentRef> byId,
            Set<String> names) {
        byId.values().stream().filter(r -> r.kind() == ComponentKind.EXTERNAL_SERVICE && r.namedByRole())
                .filter(r -> names.add(r.name().toLowerCase(Locale.ROOT))).toList()
                .forEach(r -> terms.add(Term.exact(r.name(), r)));
        List<ComponentRef> named = List.copyOf(byId.values());
        for (ComponentRef b : bare) {
            if (!BareRoles.namedInFull(b, named) && !byId.containsKey(b.id())
                    && names.add(b.name().toLowerCase(Locale.ROOT))) {
                byId.put(b.id(), b);
                terms.add(BareRoles.term(b));
            }
        }
    }

    /**
     * "a modern portal" where the text names one "ClientVault Portal": a part named by a single role noun is the one part
     * whose longer name ends with that noun; with two such parts ("API Gateway", "Payment Gateway") it is neither.
     */
    private static List<Aliases.Merge> shortened(List<Term> terms, Set<String> knownIds, Set<String> named) {
        Map<String, ComponentRef> parts = new LinkedHashMap<>();
        terms.forEach(t -> parts.putIfAbsent(t.ref().id(), t.ref()));
        List<Aliases.Merge> merges = new ArrayList<>();
        for (ComponentRef single : parts.values()) {
            if (!single.namedByRole() || knownIds.contains(single.id()) || single.name().strip().contains(" ")
                    || single.kind() == ComponentKind.EXTERNAL_ENTITY) {
                continue;
            }
            String noun = single.name().strip().toLowerCase(java.util.Locale.ROOT);
            // only a part the text names: "**DB** — PostgreSQL 16" is no catalogue product ending in "DB"
            List<ComponentRef> longer = parts.values().stream().filter(p -> p != single && p.kind() == single.kind()
                    && (named.contains(p.id()) || knownIds.contains(p.id()))
                    && p.name().toLowerCase(java.util.Locale.ROOT).endsWith(" " + noun)).toList();
            if (longer.size() == 1) {
                merges.add(new Aliases.Merge(single, longer.get(0), ""));
            }
        }
        return merges;
    }

    /** The terms with every alias pointing at its part, and the aliases by part. */
    private static Lexicon merged(List<Term> terms, Catalogue catalogue, ContextModel known, List<Sentence> sentences,
            Map<String, FlowTables.Row> rows) {
        Lexicon all = new Lexicon(terms);
        Set<String> knownIds = new HashSet<>();
        known.components().forEach(c -> knownIds.add(c.id()));
        List<Aliases.Merge> merges = new ArrayList<>(Aliases.find(all, sentences, knownIds, rows));
        Map<String, ComponentRef> products = new LinkedHashMap<>();
        sentences.forEach(s -> all.mentions(s.analysed()).stream().filter(m -> !m.ref().namedByRole())
                .forEach(m -> products.putIfAbsent(m.ref().id(), m.ref())));
        Map<String, ComponentRef> candidates = new LinkedHashMap<>(products);
        known.components().stream().filter(c -> !c.technology().isEmpty()).forEach(c -> candidates.putIfAbsent(c.id(),
                new ComponentRef(c.id(), c.name(), c.kind(), c.technology()))); // "KMS" here, "AWS KMS" in a section before
        Aliases.genericToSpecific(catalogue, List.copyOf(candidates.values())).entrySet().stream()
                .filter(e -> products.containsKey(e.getKey()))
                .forEach(e -> merges.add(new Aliases.Merge(products.get(e.getKey()), e.getValue(), "")));
        Stream.concat(Definitions.find(all, sentences).stream(), NameLinks.find(all, sentences, known).stream())
                .map(m -> knownIds.contains(m.alias().id()) && !knownIds.contains(m.canonical().id())
                        ? new Aliases.Merge(m.canonical(), m.alias(), "") : m) // a part already known keeps its name
                .forEach(merges::add);
        merges.addAll(alternatives(all, sentences, knownIds, merges));
        Set<String> named = new HashSet<>();
        sentences.forEach(s -> all.mentions(s.analysed()).forEach(m -> named.add(m.ref().id())));
        merges.addAll(shortened(terms, knownIds, named));
        merges.addAll(SynthesisedStacks.merges(terms, named));
        merges.addAll(CustomResources.kinds(sentences));
        if (merges.isEmpty()) {
            return all;
        }
        AliasMerger.Merged merged = AliasMerger.apply(terms, merges, knownIds);
        return new Lexicon(merged.terms(), merged.aliases());
    }

    /**
     * Products listed as alternatives for one role are one part ({@link Alternatives}); a product already
     * known, or given a role of its own by another merge, is left alone.
     */
    private static List<Aliases.Merge> alternatives(Lexicon all, List<Sentence> sentences, Set<String> knownIds,
            List<Aliases.Merge> merges) {
        Set<String> placed = new HashSet<>(knownIds);
        merges.forEach(m -> {
            placed.add(m.alias().id());
            placed.add(m.canonical().id());
        });
        List<Aliases.Merge> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Mention> products = all.mentions(s.analysed()).stream().filter(m -> !m.ref().namedByRole()
                    && !placed.contains(m.ref().id())).toList();
            for (Alternatives.Group g : Alternatives.in(s, products)) {
                if (!g.surface().isBlank()) {
                    out.add(new Aliases.Merge(g.part(), g.part(), g.surface()));
                }
                g.products().stream().filter(p -> !p.id().equals(g.part().id()))
                        .forEach(p -> out.add(new Aliases.Merge(p, g.part(), "")));
                g.products().forEach(p -> placed.add(p.id()));
            }
        }
        return out;
    }

    /**
     * A role name for a data store already named with the same stem of two words or more, like
     * "Machine Learning Model storage" and "Machine Learning Model Storage Blob", is that store.
     */
    private static Optional<ComponentRef> sameAs(ComponentRef r, Collection<ComponentRef> named) {
        String stem = RoleWords.stem(r.name()).toLowerCase(Locale.ROOT);
        boolean specific = r.kind().isDataStore() && stem.split(" ").length >= 2;
        return named.stream().filter(o -> specific && o.kind().isDataStore()
                && RoleWords.stem(o.name()).toLowerCase(Locale.ROOT).equals(stem)).findFirst();
    }

    /** The components named in {@code text}: longest names first, no two overlapping, in text order. */
    List<Mention> mentions(String text) {
        List<Candidate> all = new ArrayList<>();
        String lowercase = text.toLowerCase(Locale.ROOT);
        for (int t = 0; t < terms.size(); t++) {
            if (!terms.get(t).mayMatch(lowercase)) {
                continue;
            }
            Matcher m = terms.get(t).pattern().matcher(text);
            while (m.find()) {
                all.add(new Candidate(t, new Mention(terms.get(t).ref(), m.start(), m.end())));
            }
        }
        all.sort(Comparator.comparingInt((Candidate c) -> -c.mention().length())
                .thenComparingInt(c -> c.mention().start()).thenComparingInt(Candidate::term));
        List<Mention> chosen = new ArrayList<>();
        for (Candidate c : all) {
            if (chosen.stream().noneMatch(m -> m.overlaps(c.mention().start(), c.mention().end()))) {
                chosen.add(c.mention());
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::start));
        return chosen;
    }

    private record Candidate(int term, Mention mention) {}

    private static List<Term> acronyms(Lexicon lexicon, List<Sentence> sentences) {
        Map<String, Term> found = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            for (Mention m : lexicon.mentions(s.analysed())) {
                acronymAfter(s.analysed().substring(m.end()), m.ref().name())
                        .ifPresent(a -> found.putIfAbsent(a, Term.exact(a, m.ref())));
            }
        }
        return List.copyOf(found.values());
    }

    /** "(ESO)" right after "External Secrets Operator": an acronym of the name. */
    static Optional<String> acronymAfter(String text, String name) {
        Matcher a = ACRONYM.matcher(text);
        return a.find() && (a.group(1).equalsIgnoreCase(initials(name)) || Abbreviations.capitals(name).equals(a.group(1))
                || Abbreviations.abbreviates(a.group(1), name)) ? Optional.of(a.group(1)) : Optional.empty();
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && !List.of("and", "of", "for", "the").contains(w.toLowerCase(Locale.ROOT))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** A role name without its trailing role nouns, when no other component shares that short form. */
    private static List<Term> shortForms(List<ComponentRef> roleNamed, String title) {
        Map<String, List<ComponentRef>> byForm = new LinkedHashMap<>();
        for (ComponentRef r : roleNamed) {
            String[] words = r.name().split(" ");
            int end = words.length;
            while (end > 0 && RoleWords.isRoleNoun(words[end - 1])) {
                end--;
            }
            String form = String.join(" ", Arrays.asList(words).subList(0, end));
            if (r.kind() != ComponentKind.EXTERNAL_ENTITY && end > 0 && end < words.length && form.length() >= 4
                    && Character.isUpperCase(form.charAt(0)) && !titled(form, title)) {
                byForm.computeIfAbsent(form, f -> new ArrayList<>()).add(r);
            }
        }
        return byForm.entrySet().stream().filter(e -> e.getValue().size() == 1)
                .map(e -> Term.exact(e.getKey(), e.getValue().get(0))).toList();
    }

    /** The document's title: the first top-level heading, or "". */
    private static String title(List<Sentence> sentences) {
        return sentences.stream().filter(s -> s.kind() == Sentence.Kind.HEADING && s.level() == 1).findFirst()
                .map(Sentence::text).orElse("");
    }

    /** "Forge" in "# Forge: an internal coding agent" names the whole system, not "the Forge orchestrator". */
    private static boolean titled(String form, String title) {
        return Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(title).find();
    }

    /** "the operator" for the one multi-word role name ending in "Operator". */
    private static List<Term> anaphora(List<ComponentRef> roleNamed) {
        Map<String, List<ComponentRef>> byNoun = new LinkedHashMap<>();
        for (ComponentRef r : roleNamed) {
            String[] words = r.name().split(r.name().contains(" ") ? " " : "-"); // "relay-controller": "the controller"
            if (words.length > 1 && RoleWords.isRoleNoun(words[words.length - 1])) {
                byNoun.computeIfAbsent(words[words.length - 1].toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(r);
            }
        }
        return byNoun.entrySet().stream().filter(e -> e.getValue().size() == 1)
                .map(e -> Term.caseInsensitive("the " + e.getKey(), e.getValue().get(0)))
                .toList();
    }

    /** Names of components already in use, and the catalogue names of their technologies. */
    static final class Known {
        private Known() {}

        static List<Term> terms(ContextModel known, Catalogue catalogue) {
            List<Term> terms = new ArrayList<>();
            for (Component c : known.components()) {
                ComponentRef ref = new ComponentRef(c.id(), c.name(), c.kind(), c.technology());
                Term name = Term.caseInsensitive(c.name(), ref);
                terms.add(name);
                for (String alias : c.aliases()) {
                    terms.add(Term.caseInsensitive(alias, ref));
                    catalogue.entry(alias).ifPresent(e -> termsOf(e).forEach(t -> terms.add(t.naming(ref))));
                }
                acronyms(c, name.pattern()).forEach(a -> terms.add(Term.exact(a, ref)));
                long sameTechnology = known.components().stream()
                        .filter(o -> !c.technology().isEmpty() && o.technology().equals(c.technology())).count();
                if (sameTechnology == 1) {
                    catalogue.entry(c.technology()).ifPresent(e -> termsOf(e).forEach(t -> terms.add(t.naming(ref))));
                }
            }
            return terms;
        }

        /** The terms of one catalogue entry, compiled once: every reading names the known parts again. */
        private static final java.util.concurrent.ConcurrentMap<Catalogue.Entry, List<Term>> ENTRY_TERMS =
                new java.util.concurrent.ConcurrentHashMap<>();

        private static List<Term> termsOf(Catalogue.Entry e) {
            return ENTRY_TERMS.computeIfAbsent(e, x -> Catalogue.single(x).terms());
        }

        /**
         * What each quote defines as a name's acronym, remembered: every reading looks at every mention of
         * every part, and a long session has thousands of mentions.
         */
        private static final LruCache<Defined, List<String>> DEFINED = new LruCache<>(20_000);

        private record Defined(String name, dev.threatmodelbot.domain.context.Source mention) {}

        /** Acronyms a source defined for the component, found again in the sentences that name it. */
        private static Set<String> acronyms(Component c, Pattern name) {
            Set<String> found = new java.util.TreeSet<>();
            for (var mention : c.mentions()) {
                if (mention.quote().indexOf('(') < 0) {
                    continue; // no "(ABC)" to find
                }
                Defined key = new Defined(c.name(), mention);
                List<String> defined = DEFINED.get(key);
                if (defined == null) {
                    List<String> seen = new ArrayList<>();
                    Matcher m = name.matcher(mention.quote());
                    while (m.find()) {
                        acronymAfter(mention.quote().substring(m.end()), c.name()).ifPresent(seen::add);
                    }
                    defined = List.copyOf(seen);
                    DEFINED.put(key, defined);
                }
                found.addAll(defined);
            }
            return found;
        }
    }
}

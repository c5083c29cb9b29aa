package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the merges {@link Aliases} found to a lexicon's terms: every term of an alias names its
 * part, the part takes the more telling kind and the alias's technology when it had none (a part
 * already known keeps its own), and each part's other names are collected, without repeats.
 */
final class AliasMerger {

    private AliasMerger() {}

    /** The terms after merging, and each part's other names by id. */
    record Merged(List<Term> terms, Map<String, List<String>> aliases) {}

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("[A-Z][A-Z0-9&]{1,5}s?");

    static Merged apply(List<Term> terms, List<Aliases.Merge> merges, Set<String> knownIds) {
        Map<String, String> redirect = new LinkedHashMap<>();
        Map<String, ComponentRef> parts = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Aliases.Merge m : merges) {
            String to = follow(redirect, m.canonical().id());
            boolean self = m.alias().id().equals(m.canonical().id());
            if (!self && (follow(redirect, m.alias().id()).equals(to) || redirect.containsKey(m.alias().id()))) {
                continue;
            }
            if (m.alias().id().equals(m.canonical().id())) {
                parts.putIfAbsent(to, m.canonical());
                List<String> list = names.computeIfAbsent(to, k -> new ArrayList<>());
                if (!m.surface().isBlank() && list.stream().noneMatch(m.surface()::equalsIgnoreCase)) {
                    list.add(m.surface());
                }
                continue;
            }
            redirect.put(m.alias().id(), to);
            ComponentRef c = parts.getOrDefault(to, m.canonical());
            parts.put(to, knownIds.contains(to) ? c : new ComponentRef(c.id(), c.name(),
                    Aliases.kindOf(c.kind(), m.alias().kind()), c.technology().isEmpty() ? m.alias().technology()
                    : c.technology()));
            List<String> list = names.computeIfAbsent(to, k -> new ArrayList<>());
            for (String n : List.of(m.alias().name(), m.surface())) {
                if (!n.isBlank() && !n.equalsIgnoreCase(c.name()) && list.stream().noneMatch(n::equalsIgnoreCase)) {
                    list.add(n);
                }
            }
        }
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
            String to = follow(redirect, t.ref().id());
            out.add(parts.containsKey(to) ? t.naming(parts.get(to)) : t);
        }
        merges.stream().filter(m -> !m.surface().isBlank()).forEach(m -> {
            String to = follow(redirect, m.canonical().id());
            if (parts.containsKey(to)) { // a merge passed over above names no part of its own
                // an abbreviation ("CS", "VS") only as written: "vs" and "cs" are words too
                out.add(ABBREVIATION.matcher(m.surface()).matches() ? Term.exact(m.surface(), parts.get(to))
                        : Term.caseInsensitive(m.surface(), parts.get(to)));
            }
        });
        return new Merged(out, names);
    }


    private static String follow(Map<String, String> redirect, String id) {
        String at = id;
        for (int hops = 0; redirect.containsKey(at) && hops < 16; hops++) {
            at = redirect.get(at);
        }
        return at;
    }
}

package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names that are one part by how they are written, beyond {@link Aliases}:
 * <ul>
 *   <li>"Amazon RDS for PostgreSQL": a managed store product "for" a database engine is one store;</li>
 *   <li>"Acme Events API", "the Acme API": the API of a service outside the system, named right after
 *       it or with the service's own name, is that service;</li>
 *   <li>"Workers" beside "PDF worker" and "email worker": a part named by a plural role noun alone is
 *       the group of the parts named by that noun, which are not parts of their own.</li>
 * </ul>
 */
final class NameLinks {
    private static final Pattern FOR = Pattern.compile("\\s+for\\s+");
    private static final Pattern CLAUSE_END = Pattern.compile("^\\s*(?:$|[,;.:)(—–])");

    private NameLinks() {}

    static List<Aliases.Merge> find(Lexicon lexicon, List<Sentence> sentences, ContextModel known) {
        List<Aliases.Merge> merges = new ArrayList<>();
        Map<String, ComponentRef> named = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            List<Mention> mentions = lexicon.mentions(s.analysed());
            mentions.forEach(m -> named.putIfAbsent(m.ref().id(), m.ref()));
            for (int i = 0; i + 1 < mentions.size(); i++) {
                storeFor(s.analysed(), mentions.get(i), mentions.get(i + 1)).ifPresent(merges::add);
                serviceApi(s.analysed(), mentions.get(i), mentions.get(i + 1)).ifPresent(merges::add);
            }
        }
        known.components().forEach(c -> named.putIfAbsent(c.id(), ref(c)));
        merges.addAll(ownApis(named.values()));
        merges.addAll(groups(named.values()));
        return merges;
    }

    private static ComponentRef ref(Component c) {
        return new ComponentRef(c.id(), c.name(), c.kind(), c.technology());
    }

    private static java.util.Optional<Aliases.Merge> storeFor(String text, Mention a, Mention b) {
        boolean stores = a.ref().kind().isDataStore() && b.ref().kind().isDataStore() && !a.ref().namedByRole()
                && !b.ref().namedByRole() && !a.ref().id().equals(b.ref().id());
        boolean linked = FOR.matcher(text.substring(a.end(), b.start())).matches()
                && CLAUSE_END.matcher(text.substring(b.end())).find();
        return stores && linked ? java.util.Optional.of(new Aliases.Merge(b.ref(), a.ref(), ""))
                : java.util.Optional.empty();
    }

    private static java.util.Optional<Aliases.Merge> serviceApi(String text, Mention a, Mention b) {
        boolean api = a.ref().kind() == ComponentKind.EXTERNAL_SERVICE && b.ref().namedByRole()
                && b.ref().kind() == ComponentKind.API && text.substring(a.end(), b.start()).isBlank();
        return api ? java.util.Optional.of(new Aliases.Merge(b.ref(), a.ref(), "")) : java.util.Optional.empty();
    }

    /** "Acme API" beside a part named "Acme" that is no API of this system. */
    private static List<Aliases.Merge> ownApis(java.util.Collection<ComponentRef> named) {
        List<Aliases.Merge> merges = new ArrayList<>();
        for (ComponentRef api : named) {
            String name = api.name().toLowerCase(Locale.ROOT);
            if (!api.namedByRole() || api.kind() != ComponentKind.API || !name.endsWith(" api")) {
                continue;
            }
            String owner = name.substring(0, name.length() - " api".length()).strip();
            named.stream().filter(o -> o.name().equalsIgnoreCase(owner) && (o.kind() == ComponentKind.EXTERNAL_SERVICE
                    || o.kind() == ComponentKind.PROCESS)).findFirst()
                    .ifPresent(o -> merges.add(new Aliases.Merge(api, o, "")));
        }
        return merges;
    }

    /** A part named by one plural noun ("Workers", "Sensors"), other than the words every system has. */
    static boolean isGroup(ComponentRef r) {
        String name = r.name().toLowerCase(Locale.ROOT);
        return r.namedByRole() && r.kind() != ComponentKind.EXTERNAL_ENTITY && Character.isUpperCase(r.name().charAt(0))
                && name.matches("[a-z]{3,}[^s]s") && !EVERY_SYSTEM.contains(name);
    }

    private static final java.util.Set<String> EVERY_SYSTEM = java.util.Set.of("services", "apps", "applications",
            "systems", "components", "servers", "apis", "clients", "users", "tools", "resources");

    private static List<Aliases.Merge> groups(java.util.Collection<ComponentRef> named) {
        List<Aliases.Merge> merges = new ArrayList<>();
        for (ComponentRef group : named) {
            if (!isGroup(group)) {
                continue;
            }
            String noun = group.name().toLowerCase(Locale.ROOT).replaceAll("s$", "");
            named.stream().filter(m -> m.namedByRole() && m.kind() == group.kind()
                            && (m.name().toLowerCase(Locale.ROOT).endsWith(" " + noun)
                                    || m.name().equalsIgnoreCase(noun)))
                    .forEach(m -> merges.add(new Aliases.Merge(m, group, "")));
        }
        return merges;
    }
}

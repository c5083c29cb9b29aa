package dev.threatmodelbot.adapter.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.threatmodelbot.domain.context.ComponentKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The technology catalogue, kept as data in {@code offline/catalogue.yaml}: canonical names and
 * aliases of products, each with the component kind it is. Aliases match case-insensitively on
 * word boundaries; {@code exact} aliases only with the capitalisation given (for product names
 * that are also ordinary words, like "Amplify"). {@code hints} are typical properties kept for
 * later use; they are never asserted as facts. {@code tool} marks products applied to other parts
 * (scanners, linters, dependency bots, chat tools for alerts).
 */
final class Catalogue {
    private final List<Entry> entries;
    private final List<Term> terms;

    private Catalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.terms = compile(this.entries);
    }

    /** One product: what a mention of any of its names becomes. */
    record Entry(String name, ComponentKind kind, List<String> aliases, List<String> exact, List<String> hints,
            boolean tool) {

        Entry(String name, ComponentKind kind, List<String> aliases, List<String> exact, List<String> hints) {
            this(name, kind, aliases, exact, hints, false);
        }

        ComponentRef ref() {
            return new ComponentRef(Slugs.of(name), name, kind, name);
        }
    }

    static Catalogue packaged() {
        try (InputStream in = Catalogue.class.getResourceAsStream("/offline/catalogue.yaml")) {
            if (in == null) {
                throw new IllegalStateException("offline/catalogue.yaml is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Catalogue read(InputStream yaml) throws IOException {
        File file = new ObjectMapper(new YAMLFactory()).readValue(yaml, File.class);
        Set<String> ids = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (Raw r : file.entries()) {
            if (r.name() == null || r.kind() == null || !ids.add(Slugs.of(r.name()))) {
                throw new IllegalStateException("catalogue entry without name or kind, or repeated: " + r.name());
            }
            entries.add(new Entry(r.name(), r.kind(), orEmpty(r.aliases()), orEmpty(r.exact()), orEmpty(r.hints()),
                    Boolean.TRUE.equals(r.tool())));
        }
        return new Catalogue(entries);
    }

    static Catalogue single(Entry entry) {
        return new Catalogue(List.of(entry));
    }

    List<Entry> entries() {
        return entries;
    }

    /**
     * A product that is applied to other parts (a scanner, linter, quality gate, dependency bot or chat
     * tool for alerts): it is a part only where the text gives it a data flow of its own.
     */
    boolean tool(String technology) {
        return entry(technology).map(Entry::tool).orElse(false);
    }

    /** A hosted service reachable only over TLS (its "HTTPS only" hint): links to it are encrypted by its own default. */
    boolean httpsOnly(String technology) {
        return entry(technology).map(e -> e.hints().contains("HTTPS only")).orElse(false);
    }

    Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The terms that find this catalogue's products in text: the canonical name and every alias. */
    List<Term> terms() {
        return terms;
    }

    private static List<Term> compile(List<Entry> entries) {
        List<Term> terms = new ArrayList<>();
        for (Entry e : entries) {
            ComponentRef ref = e.ref();
            if (!e.exact().contains(e.name())) {
                terms.add(Term.caseInsensitive(e.name(), ref));
            }
            e.aliases().forEach(a -> terms.add(Term.caseInsensitive(a, ref)));
            e.exact().forEach(a -> terms.add(Term.exact(a, ref)));
        }
        return List.copyOf(terms);
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private record File(List<Raw> entries) {}

    private record Raw(String name, ComponentKind kind, List<String> aliases, List<String> exact, List<String> hints,
            Boolean tool) {}
}

package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** An inventory row's technology or description cell: the products it opens with are the part its name cell names. */
final class BuiltOn {
    private static final Pattern CONNECTED = Pattern.compile(
            "(?i)\\b(?:on|behind|via|by|from|with|through|in|at|using|to|into|inside|within|plus|and|beside|alongside|part of)\\b");

    /** "Slack Bolt app", "Stripe SDK client": what follows the product says the part is an app for it, not the product. */
    private static final Pattern FOR_PRODUCT = Pattern.compile("(?i)(?:\\s+[A-Z][\\w-]*){0,2}\\s+(?:apps?|SDK|library|client"
            + "|plugin|integration|bot|extension|connector|adapter|add-on)\\b");

    /** Kinds a technology or hosting cell names as where a part runs or what sits in front of it, not what it is. */
    private static final Set<ComponentKind> WHERE_IT_RUNS = Set.of(ComponentKind.EXTERNAL_ENTITY,
            ComponentKind.CONTAINER_PLATFORM, ComponentKind.CDN, ComponentKind.LOAD_BALANCER, ComponentKind.CI_CD,
            ComponentKind.LOGGING);

    private BuiltOn() {}

    /** An inventory row: the products its technology cell names are the part its name cell names. */
    static List<Aliases.Merge> merges(Sentence s, FlowTables.Row row, List<Mention> mentions) {
        Optional<FlowTables.Cell> name = row.cell(row.columns().name());
        boolean described = row.columns().tech() < 0;
        Optional<FlowTables.Cell> tech = row.cell(row.columns().details());
        if (name.isEmpty() || tech.isEmpty()) {
            return List.of();
        }
        Optional<Mention> part = mentions.stream().filter(m -> m.start() >= name.get().start()
                && m.end() <= name.get().end()).findFirst();
        // a description names the part's product only in its first words ("Pinecone index holding …")
        List<Mention> products = new ArrayList<>(mentions.stream().filter(m -> m.start() >= tech.get().start()
                && m.end() <= tech.get().end()).filter(m -> !described || leads(s.text(), tech.get(), m))
                .filter(m -> !attached(s.text().substring(tech.get().start(), m.start())))
                .filter(m -> !FOR_PRODUCT.matcher(s.text().substring(m.end(), tech.get().end())).lookingAt())
                .limit(described ? 1 : Long.MAX_VALUE).toList());
        if (described && !products.isEmpty()) { // "Azure OpenAI, gpt-4o deployment": the products the lead lists
            Mention last = products.get(products.size() - 1);
            for (Mention m : mentions) {
                if (m.start() >= last.end() && m.end() <= tech.get().end() && !m.ref().id().equals(last.ref().id())
                        && s.text().substring(last.end(), m.start()).matches("\\s*[,/]\\s*")) {
                    products.add(m);
                    last = m;
                }
            }
        }
        Optional<FlowTables.Cell> description = described ? Optional.empty() : row.cell(row.columns().data());
        // "Vector Store | Amazon OpenSearch Serverless vector collection … | AWS managed": the description leads with it
        description.flatMap(d -> mentions.stream().filter(m -> m.end() <= d.end() && leads(s.text(), d, m)).findFirst())
                .filter(m -> !m.ref().namedByRole()).ifPresent(products::add);
        if (part.isEmpty() || products.isEmpty()) {
            return List.of();
        }
        boolean fromTech = !described && products.get(0).end() <= tech.get().end() && products.get(0).start() >= tech.get().start();
        String surface = described || !fromTech ? s.text().substring(products.get(0).start(), products.get(0).end())
                : tech.get().text().replaceAll("\\s*\\(.*$", "").strip();
        List<Aliases.Merge> merges = new ArrayList<>();
        ComponentRef named = part.get().ref();
        boolean guessed = named.namedByRole() && named.kind() == ComponentKind.PROCESS
                && Words.of(named.name()).stream().noneMatch(w -> RoleWords.isRoleNoun(w.text()));
        for (Mention p : products) {
            boolean fits = named.kind() == p.ref().kind()
                    || (Aliases.compatible(named.kind(), p.ref().kind()) || guessed) && !WHERE_IT_RUNS.contains(p.ref().kind());
            // "| C9 | Vault | … | Azure Key Vault holding …": a bare word that happens to be a product's short name is the
            // product the row describes
            String cellName = s.text().substring(part.get().start(), part.get().end());
            boolean bare = !named.namedByRole() && !p.ref().namedByRole() && named.kind() == p.ref().kind()
                    && Words.count(cellName) == 1 && !cellName.equalsIgnoreCase(named.technology());
            if (!p.ref().id().equals(named.id()) && fits) {
                merges.add(bare ? new Aliases.Merge(named, p.ref(), cellName) : new Aliases.Merge(p.ref(), part.get().ref(),
                        merges.isEmpty() && Words.count(surface) <= 5 ? surface : ""));
            }
        }
        return merges;
    }

    /**
     * "Python job on Cloud Run, triggered by Pub/Sub", "bundle served from our CDN": a product after such
     * words is where the part runs or what it works with, not the part.
     */
    private static boolean attached(String before) {
        return CONNECTED.matcher(before).find();
    }

    private static boolean leads(String text, FlowTables.Cell cell, Mention m) {
        return m.start() >= cell.start() && text.substring(cell.start(), m.start()).strip()
                .matches("(?i)(?:an?|the|our)?");
    }

}

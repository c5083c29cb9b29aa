package dev.threatmodelbot.adapter.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Property;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Threagile's communication links, one per data flow, under the flow's source. Protocol, auth and
 * VPN come from the facts about the flow, or about its target when the flow has none. What nobody
 * stated is never written as a weakness: an unknown protocol is Threagile's "unknown-protocol"; an
 * unknown authentication (Threagile has no unknown value) a placeholder that claims no gap, tagged
 * "not-stated" and asked among the model's questions; the description says which.
 */
final class ThreagileLinksExport {
    private final ExportModel m;
    private final ThreagileDataExport data;
    private final ThreagileAssetsExport assets;
    private final Map<String, String> titles = new LinkedHashMap<>();

    ThreagileLinksExport(ExportModel m, ThreagileDataExport data, ThreagileAssetsExport assets) {
        this.m = m;
        this.data = data;
        this.assets = assets;
        Set<String> used = new HashSet<>();
        for (DataFlow f : m.flows()) {
            String title = "to " + assets.title(f.target());
            String id = id(f.source(), title);
            for (int n = 2; used.contains(id); n++) {
                title = "to " + assets.title(f.target()) + " " + n;
                id = id(f.source(), title);
            }
            used.add(id);
            titles.put(f.id(), title);
        }
    }

    /** Threagile's id of the link: "source-id>to-target-title", as Threagile derives it from the title. */
    String id(DataFlow f) {
        return id(f.source(), titles.get(f.id()));
    }

    private String id(String sourcePart, String title) {
        String normalised = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return assets.id(sourcePart) + ">" + normalised;
    }

    ObjectNode from(String partId) {
        ObjectNode all = ExportJson.object();
        m.flows().stream().filter(f -> f.source().equals(partId))
                .forEach(f -> link(all.putObject(titles.get(f.id())), f));
        return all;
    }

    private void link(ObjectNode l, DataFlow f) {
        List<String> transport = m.values(f.id(), Property.TRANSPORT);
        l.put("target", assets.id(f.target()));
        l.put("description", description(f));
        l.put("protocol", protocol(f, transport));
        Optional<String> authentication = ThreagileTechnologyExport.authentication(stated(f, Property.AUTHENTICATION));
        Optional<String> authorization = ThreagileTechnologyExport.authorization(stated(f, Property.AUTHORIZATION));
        String placeholder = store(f) ? "credentials" : "token";
        l.put("authentication", authentication.orElse(placeholder));
        l.put("authorization", authorization.orElse("technical-user"));
        if (authentication.isEmpty()) {
            assets.ask("How does " + m.name(f.source()) + " prove who it is to " + m.name(f.target())
                    + "? Nobody said; the link's authentication is written as '" + placeholder + "' until someone does.");
        }
        l.set("tags", ExportJson.strings(tags(f)));
        l.put("vpn", stated(f, Property.EXPOSURE).contains("vpn"));
        l.put("ip_filtered", false);
        l.put("readonly", false);
        boolean devops = m.part(f.source()).filter(p -> p.isKind(ComponentKind.CI_CD)).isPresent()
                || m.part(f.target()).filter(p -> p.isKind(ComponentKind.LOGGING)).isPresent();
        l.put("usage", devops ? "devops" : "business");
        l.set("data_assets_sent", ExportJson.strings(data.sentOver(f)));
        l.set("data_assets_received", ExportJson.array());
    }

    /** Values stated of the flow, or else of its target. */
    private List<String> stated(DataFlow f, Property p) {
        List<String> ofFlow = m.values(f.id(), p);
        return ofFlow.isEmpty() ? m.values(f.target(), p) : ofFlow;
    }

    /** Plain wins over TLS when sources disagree; stores and queues speak a generic binary protocol. */
    private String protocol(DataFlow f, List<String> transport) {
        if (transport.isEmpty()) {
            return "unknown-protocol";
        }
        boolean plain = transport.contains("plain") || transport.contains("http") || transport.contains("none");
        return store(f) ? (plain ? "binary" : "binary-encrypted") : (plain ? "http" : "https");
    }

    private boolean store(DataFlow f) {
        return m.part(f.target()).flatMap(ExportPart::kind)
                .filter(k -> k.isDataStore() || k == ComponentKind.QUEUE).isPresent();
    }

    private String description(DataFlow f) {
        String what = ExportText.oneLine(f.description());
        String said = m.facts(f.id(), Property.TRANSPORT).stream()
                .map(x -> x.value() + " (" + ExportEvidence.cite(x.source()) + ")").distinct()
                .collect(Collectors.joining("; "));
        List<String> auth = stated(f, Property.AUTHENTICATION);
        return (what.isEmpty() ? m.name(f.id()) : what) + ". Transport: " + (said.isEmpty() ? "not stated" : said)
                + ". Authentication: " + (auth.isEmpty() ? "not stated" : String.join(", ", auth)) + ".";
    }

    /** The stated transport values as tags ("plain", "tls"); "not-stated" when nobody said how it authenticates. */
    List<String> tags(DataFlow f) {
        List<String> tags = new java.util.ArrayList<>(m.values(f.id(), Property.TRANSPORT).stream()
                .map(v -> ExportText.slug(v, "transport")).distinct().toList());
        if (ThreagileTechnologyExport.authentication(stated(f, Property.AUTHENTICATION)).isEmpty()) {
            tags.add(ThreagileTechnologyExport.NOT_STATED);
        }
        return tags.stream().distinct().toList();
    }
}

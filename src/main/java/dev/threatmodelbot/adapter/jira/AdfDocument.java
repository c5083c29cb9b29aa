package dev.threatmodelbot.adapter.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.adapter.jira.Block.Bullets;
import dev.threatmodelbot.adapter.jira.Block.Heading;
import dev.threatmodelbot.adapter.jira.Block.Paragraph;
import dev.threatmodelbot.adapter.jira.Block.Span;
import java.util.List;

/**
 * A description as an Atlassian Document Format doc, as Jira Cloud's v3 API takes it. ADF refuses
 * empty text nodes, so empty runs are dropped, and so are the paragraphs and items left empty.
 */
final class AdfDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AdfDocument() {}

    static ObjectNode of(List<Block> blocks) {
        ObjectNode doc = NODES.objectNode().put("type", "doc").put("version", 1);
        ArrayNode content = doc.putArray("content");
        for (Block b : blocks) {
            ObjectNode node = b instanceof Heading h ? heading(h)
                    : b instanceof Paragraph p ? paragraph(p.spans())
                    : bullets((Bullets) b);
            if (node.path("content").size() > 0) {
                content.add(node);
            }
        }
        return doc;
    }

    private static ObjectNode heading(Heading h) {
        ObjectNode node = NODES.objectNode().put("type", "heading");
        node.putObject("attrs").put("level", 3);
        return withText(node, List.of(Span.plain(h.text())));
    }

    private static ObjectNode paragraph(List<Span> spans) {
        return withText(NODES.objectNode().put("type", "paragraph"), spans);
    }

    private static ObjectNode bullets(Bullets l) {
        ObjectNode list = NODES.objectNode().put("type", "bulletList");
        ArrayNode items = list.putArray("content");
        for (List<Span> spans : l.items()) {
            ObjectNode p = paragraph(spans);
            if (p.path("content").size() > 0) {
                items.addObject().put("type", "listItem").putArray("content").add(p);
            }
        }
        return list;
    }

    private static ObjectNode withText(ObjectNode node, List<Span> spans) {
        ArrayNode content = node.putArray("content");
        for (Span s : spans) {
            String text = s.text().replaceAll("[\\p{Cntrl}]", " ");
            if (text.isEmpty()) {
                continue;
            }
            ObjectNode t = content.addObject().put("type", "text").put("text", text);
            if (s.strong() || s.href().isPresent()) {
                ArrayNode marks = t.putArray("marks");
                if (s.strong()) {
                    marks.addObject().put("type", "strong");
                }
                s.href().ifPresent(h -> marks.addObject().put("type", "link").putObject("attrs").put("href", h));
            }
        }
        return node;
    }
}

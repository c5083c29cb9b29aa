package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Markdown tables whose header names a source and a target column ("Source | Destination",
 * "From | To", in any order, with any other columns): each row below states one flow, its cells
 * naming the parts by position. Optional columns add the flow's id ("DF3"), protocol and the
 * data it carries. Tables with a trust-boundary or zone column and a column of parts say which
 * parts sit in which zone; tables with a column of parts and a technology column say what each
 * part is built on (the product is another name of the part).
 */
final class FlowTables {
    private static final Pattern RULE = Pattern.compile("^\\|?[\\s|:\\-]+$");
    private static final Pattern SOURCE = header("source|from|origin|sender|caller|initiator|src|producer|requester");
    private static final Pattern TARGET = header("target|to|destination|dest|receiver|callee|sink|consumer|recipient");
    private static final Pattern PROTOCOL = header("protocol|transport|channel|via|port|interface|mechanism");
    private static final Pattern DATA = header("data|payload|asset|assets|content|contents|information|carries"
            + "|description|what|purpose|flow description|data flow|classification|notes?|comments?|details");
    private static final Pattern ID = header("id|#|flow|flow id|df|ref|no|number|name");
    private static final Pattern ZONE = header("zone|trust zone|boundary|trust boundary|network|segment|tier");
    private static final Pattern PARTS = header("components|component|elements|element|parts|contains|members"
            + "|assets|systems|services|inside|includes");

    private static final Pattern TECH = header("technology|technologies|tech|product|implementation|stack"
            + "|platform|runs on|hosted on|hosting|service used|built with|framework|engine|runtime|runs as|deployed as");

    private static final Pattern ALIAS = header("(?:aliases|alias|abbreviation|abbrev|abbr|acronym|short name"
            + "|aka|also known as|also called)");

    private FlowTables() {}

    /** The columns of one table that matter. -1 where the table has no such column. */
    record Columns(int source, int target, int protocol, int data, int id, int zone, int parts, int tech, int alias) {

        boolean flows() {
            return source >= 0 && target >= 0 && source != target;
        }

        boolean zones() {
            return zone >= 0 && parts >= 0 && zone != parts;
        }

        /** A table of trust boundaries ("Boundary | Crossed by | Notes"): "A ↔ B" there names a boundary, no flow. */
        boolean boundaries() {
            return zone >= 0 && !flows() && !zones();
        }

        /**
         * A list of parts with what each is built on ("Component | Technology | …") or with a description
         * whose first words may name the product it is ("Component | Description": "Pinecone index holding …").
         */
        boolean inventory() {
            boolean named = tech >= 0 ? name() >= 0 : parts >= 0; // a description needs a component column
            return !flows() && !zones() && details() >= 0 && named && details() != name();
        }

        /** The technology column, else the description column. */
        int details() {
            return tech >= 0 ? tech : data;
        }

        int name() {
            return parts >= 0 ? parts : id;
        }
    }

    /** One data row: its text as {@link Sentences} cuts it, its table's columns and its cells. */
    record Row(String text, Columns columns, List<Cell> cells) {

        Optional<Cell> cell(int column) {
            return column >= 0 && column < cells.size() ? Optional.of(cells.get(column)) : Optional.empty();
        }

        String value(int column) {
            return cell(column).map(Cell::text).orElse("");
        }
    }

    /** A cell's text (trimmed, emphasis and code marks off) at {@code start}..{@code end} of the row. */
    record Cell(String text, int start, int end) {}

    /** Rows of flow and zone tables in {@code text}, by their text. */
    static Map<String, Row> rows(String text) {
        Map<String, Row> rows = new HashMap<>();
        Columns columns = null;
        boolean header = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (!line.startsWith("|")) {
                columns = null;
                continue;
            }
            if (RULE.matcher(line).matches()) {
                header = false;
                continue;
            }
            List<Cell> cells = cells(line);
            if (columns == null) {
                columns = columns(cells);
                header = true;
            } else if (!header && (columns.flows() || columns.zones() || columns.inventory() || columns.boundaries())) {
                rows.put(line, new Row(line, columns, cells));
            }
        }
        return rows;
    }

    /** What a zone's name says about the parts in it: "Internet", "DMZ", "Public" → public; "Internal", "Private" → internal. */
    static Optional<String> exposure(String zone) {
        String z = zone.toLowerCase(Locale.ROOT);
        if (z.matches("(?s).*\\b(?:internet|public|dmz|untrusted|external|edge)\\b.*")) {
            return Optional.of("public");
        }
        if (z.matches("(?s).*\\b(?:internal|private|trusted|intranet|vpc|backend|restricted)\\b.*")) {
            return Optional.of("internal");
        }
        return Optional.empty();
    }

    static List<Cell> cells(String row) {
        List<Cell> cells = new ArrayList<>();
        int start = row.indexOf('|') + 1;
        for (int i = start; i <= row.length(); i++) {
            if (i == row.length() || row.charAt(i) == '|' && row.charAt(i - 1) != '\\') {
                if (i == row.length() && row.substring(start).isBlank()) {
                    break;
                }
                cells.add(trimmed(row, start, i));
                start = i + 1;
            }
        }
        return cells;
    }

    private static Cell trimmed(String row, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(row.charAt(s)) || "*_`".indexOf(row.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(row.charAt(e - 1)) || "*_`".indexOf(row.charAt(e - 1)) >= 0)) {
            e--;
        }
        return new Cell(row.substring(s, e), s, e);
    }

    private static Columns columns(List<Cell> header) {
        int[] found = {-1, -1, -1, -1, -1, -1, -1, -1, -1};
        List<Pattern> kinds = List.of(ALIAS, SOURCE, TARGET, PROTOCOL, DATA, ID, ZONE, PARTS, TECH);
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).text().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9# ]", " ").strip();
            for (int k = 0; k < kinds.size(); k++) {
                if (found[k] < 0 && kinds.get(k).matcher(name).matches()) {
                    found[k] = c;
                    break;
                }
            }
        }
        return new Columns(found[1], found[2], found[3], found[4], found[5], found[6], found[7], found[8], found[0]);
    }

    /** A header cell: one of the words, alone or with a qualifier ("Source component", "To (service)"). */
    private static Pattern header(String words) {
        return Pattern.compile("(?:(?:data|flow|the)\\s+)?(?:" + words + ")(?:\\s+\\w+){0,2}");
    }
}

package dev.threatmodelbot.adapter.render;

/** A trust boundary of the diagram, drawn in this order, each a dashed box in its own colour. */
enum Zone {
    EXTERNAL("External", "F5F5F5", "707070"),
    INTERNET("Internet", "FFF1EE", "D0502A"),
    PRIVATE("Private network", "EEF5FF", "2F6FB7"),
    UNKNOWN("Exposure unknown", "FFFFFF", "A0A0A0");

    private final String label;
    private final String fill;
    private final String line;

    Zone(String label, String fill, String line) {
        this.label = label;
        this.fill = fill;
        this.line = line;
    }

    String label() {
        return label;
    }

    /** PlantUML's inline style for the boundary box. */
    String style() {
        return "#" + fill + ";line:" + line + ";line.dashed;text:" + line;
    }
}

package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.application.port.BotException;
import dev.threatmodelbot.application.port.DiagramRenderer;
import dev.threatmodelbot.domain.context.ContextModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.error.PSystemError;

/**
 * Draws the data-flow diagram with PlantUML's built-in Smetana layout: no Graphviz, no display, no
 * file or network access. Components are DFD shapes by kind, flows are arrows labelled with their
 * transport, and trust boundaries come from the exposure facts.
 */
public final class PlantUmlDiagramRenderer implements DiagramRenderer {

    static {
        // AWT must not look for a display, and PlantUML must not read files, URLs or the
        // environment even if some text slipped past the escaping; both only when not set already.
        setIfAbsent("java.awt.headless", "true");
        setIfAbsent("PLANTUML_SECURITY_PROFILE", "SANDBOX");
    }

    public PlantUmlDiagramRenderer() {}

    @Override
    public byte[] png(String title, ContextModel model) {
        return render(source(title, model));
    }

    /** The PlantUML text of the diagram. */
    String source(String title, ContextModel model) {
        return DfdSource.of(title, model);
    }

    static byte[] render(String source) {
        SourceStringReader reader = parsed(source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // without metadata: the PNG does not carry the source text in a chunk of its own
            reader.outputImage(out, new FileFormatOption(FileFormat.PNG, false));
        } catch (IOException | RuntimeException e) {
            throw new BotException("PlantUML failed while drawing the diagram", false, e);
        }
        if (out.size() == 0) {
            throw new BotException("PlantUML drew an empty image", false);
        }
        return out.toByteArray();
    }

    /** Checked before drawing: drawing PlantUML's error image would also write Java user preferences. */
    private static SourceStringReader parsed(String source) {
        SourceStringReader reader;
        try {
            reader = new SourceStringReader(source);
        } catch (RuntimeException e) {
            throw new BotException("PlantUML could not read the diagram source", false, e);
        }
        if (reader.getBlocks().size() != 1 || reader.getBlocks().get(0).getDiagram() instanceof PSystemError) {
            throw new BotException("PlantUML could not draw the diagram: its source is not valid", false);
        }
        return reader;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

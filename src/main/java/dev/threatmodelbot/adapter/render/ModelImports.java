package dev.threatmodelbot.adapter.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.threatmodelbot.application.port.ModelImporter;
import dev.threatmodelbot.domain.context.ImportedModel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads existing threat models: Open Threat Model and threat-composer JSON, Threagile YAML. A file is
 * taken for one by its content, not its name: JSON or YAML that is none of them is left to be read as a
 * document. One that is, but broken or too big, is refused with the reason in words.
 */
public final class ModelImports implements ModelImporter {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Threagile's own top-level key as the file's first line (comments and blank lines aside). */
    private static final java.util.regex.Pattern THREAGILE = java.util.regex.Pattern.compile(
            "\\A(?:\\s*(?:#[^\\n]*)?\\n)*threagile_version:");
    private static final ObjectMapper YAML;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(12 * 1024 * 1024);
        YAML = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
    }

    public ModelImports() {}

    @Override
    public Optional<ImportedModel> read(String fileName, byte[] content) throws UnreadableModel {
        String text = new String(content, StandardCharsets.UTF_8).strip();
        boolean json = text.startsWith("{");
        boolean yaml = !json && THREAGILE.matcher(text).find();
        if (!json && !yaml) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = (json ? JSON : YAML).readTree(text);
        } catch (JsonProcessingException e) {
            if (json && (text.contains("\"otmVersion\"") || text.contains("\"threatSource\"")) || yaml) {
                throw new UnreadableModel("it looks like a threat model but is not valid " + (json ? "JSON" : "YAML")
                        + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")
                        + ". Could you export it again?");
            }
            return Optional.empty();
        }
        ImportedModel model;
        if (OtmImport.is(root)) {
            model = OtmImport.of(root);
        } else if (ThreatComposerImport.is(root)) {
            model = ThreatComposerImport.of(root);
        } else if (ThreagileImport.is(root)) {
            model = ThreagileImport.of(root);
        } else {
            return Optional.empty();
        }
        if (model.parts().size() + model.flows().size() + model.threats().size() > MAX_ELEMENTS) {
            throw new UnreadableModel("it holds more than " + MAX_ELEMENTS + " parts, flows and threats, more than "
                    + "I can start an interview from. Could you share the part of the model about this system?");
        }
        if (model.parts().isEmpty() && model.threats().isEmpty()) {
            throw new UnreadableModel("it is a " + model.format() + " file with no parts and no threats in it, so "
                    + "there is nothing to start from.");
        }
        return Optional.of(model);
    }
}

package dev.threatmodelbot.bench;

import dev.threatmodelbot.adapter.offline.MiniLmEmbeddings;
import dev.threatmodelbot.bootstrap.Engines;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the bot would post for a design doc pasted in the start form, with nobody answering: the
 * summary back, then the draft's root and every threat, as chat text. For reading drafts of systems
 * the eval cases do not cover. Run through bench/draft-preview.sh.
 */
public final class DraftPreview {
    private DraftPreview() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: bench/draft-preview.sh <design.md> [system name]");
            System.exit(2);
        }
        Path design = Path.of(args[0]);
        String name = args.length > 1 ? String.join(" ", java.util.Arrays.asList(args).subList(1, args.length))
                : design.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        ThreatRun.Run run = ThreatRun.run(Engines.fromEnvironment(System.getenv()), name, Files.readString(design));
        for (Outbound o : run.posted()) {
            if (o.kind() == Outbound.Kind.DRAFT_ROOT || o.kind() == Outbound.Kind.DRAFT_REPLY
                    || o.key().startsWith("summary")) {
                System.out.println("----- " + o.kind() + " " + o.key());
                System.out.println(o.text());
            }
        }
        if (Boolean.getBoolean("preview.context")) {
            printContext(run.session().context());
        }
        MiniLmEmbeddings.shared().warmUp(); // let the model finish loading before the JVM exits under it
        System.exit(0);
    }

    /** The context model the draft came from: parts (kind, aliases), flows and facts per part. */
    private static void printContext(ContextModel context) {
        System.out.println("===== parts");
        for (Component c : context.components()) {
            System.out.println(c.id() + " | " + c.name() + " | " + c.kind() + (c.aliases().isEmpty() ? ""
                    : " | aka " + String.join(", ", c.aliases())));
        }
        System.out.println("===== flows");
        for (DataFlow f : context.flows()) {
            System.out.println(context.nameOf(f.source()) + " -> " + context.nameOf(f.target()) + " | "
                    + f.description());
        }
        System.out.println("===== facts");
        for (Fact f : context.facts()) {
            System.out.println(context.nameOf(f.subject()) + " | " + f.property() + " = " + f.value() + " | "
                    + f.status() + " | " + f.source().quote().replace('\n', ' '));
        }
    }
}

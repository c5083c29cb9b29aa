package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section named by a part's code name: "## 7. seal-worker", "## 3. doc-render (converter)". The code name is the
 * part; a lower-case role in brackets says its kind. A capitalised role in brackets ("### relay-hook (Webhook
 * Receiver)") names the part itself and is read by {@link Definitions} instead.
 */
final class CodeHeadings {
    private static final Pattern HEADING_NAME = Pattern.compile("^\\s*(?:#{1,6}\\s+)?(?:\\d+(?:\\.\\d+)*\\.?\\s+)?`?"
            + "([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`?(?:\\s*\\(([^)]{1,40})\\))?\\s*$");

    private CodeHeadings() {}

    static Optional<ComponentRef> part(Sentence s, List<Mention> products) {
        Matcher named = HEADING_NAME.matcher(s.text());
        if (!named.matches() || named.group(2) != null && Character.isUpperCase(named.group(2).strip().charAt(0))
                || products.stream().anyMatch(m -> m.overlaps(named.start(1), named.end(1)))) {
            return Optional.empty();
        }
        String code = named.group(1);
        ComponentKind kind = Optional.ofNullable(named.group(2)).map(Words::of).filter(w -> !w.isEmpty())
                .flatMap(w -> RoleWords.kindOf(w.get(w.size() - 1).lower()))
                .filter(k -> k != ComponentKind.EXTERNAL_ENTITY).orElse(ComponentKind.PROCESS);
        return Optional.of(new ComponentRef(Slugs.of(code), code, kind, ""));
    }
}

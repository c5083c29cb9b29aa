package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Scribe calls the LLM, which is currently gpt-4o on Azure OpenAI, with Claude as fallback": where a text names the
 * language model by its role, the hosted models it names are that one part (its current product and its fallback),
 * not a language model each.
 */
final class GenericModel {
    private static final Pattern ROLE = Pattern.compile("(?i)(?:the )?(?:LLMs?|(?:large )?language models?|chat models?)");

    private GenericModel() {}

    static List<Aliases.Merge> merges(List<Term> terms, Set<String> named) {
        List<ComponentRef> parts = terms.stream().map(Term::ref).filter(r -> named.contains(r.id())).distinct().toList();
        List<ComponentRef> role = parts.stream().filter(r -> r.namedByRole() && r.kind() == ComponentKind.LLM
                && ROLE.matcher(r.name().strip()).matches()).toList();
        if (role.size() != 1) {
            return List.of();
        }
        return parts.stream().filter(r -> !r.namedByRole() && r.kind() == ComponentKind.LLM)
                .map(r -> new Aliases.Merge(r, role.get(0), "")).toList();
    }
}

package dev.threatmodelbot.adapter.offline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A deployment tool that writes its stacks as CloudFormation (the AWS CDK, AWS SAM, the Serverless Framework) and
 * "the CloudFormation stack" named beside it are one part: the stack the tool's app deploys.
 */
final class SynthesisedStacks {
    private static final String STACK = "AWS CloudFormation";
    private static final Set<String> SYNTHESISERS = Set.of("AWS CDK", "AWS SAM", "Serverless Framework");

    private SynthesisedStacks() {}

    static List<Aliases.Merge> merges(List<Term> terms, Set<String> named) {
        Map<String, ComponentRef> byName = new java.util.HashMap<>();
        terms.stream().map(Term::ref).filter(r -> named.contains(r.id())).forEach(r -> byName.putIfAbsent(r.technology(), r));
        Optional<ComponentRef> stack = Optional.ofNullable(byName.get(STACK));
        List<ComponentRef> tools = SYNTHESISERS.stream().map(byName::get).filter(java.util.Objects::nonNull).toList();
        return stack.isPresent() && tools.size() == 1 ? List.of(new Aliases.Merge(stack.get(), tools.get(0), "")) : List.of();
    }
}

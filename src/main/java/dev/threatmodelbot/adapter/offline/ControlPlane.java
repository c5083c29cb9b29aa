package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flows a reader of a Kubernetes design knows from how the platform works, drawn where the text names
 * both ends: Secrets and custom resources are kept by the API server (API server → store); the API
 * server calls an admission or conversion webhook the text says validates, mutates or converts
 * resources (API server → webhook); a part that issues or renews certificates for another hands them
 * to it ("X manages the TLS certificates … for the webhook service": X → webhook); and a pull request
 * or push that triggers a pipeline sends the change from the repository to it. An infrastructure-as-code
 * stack that includes, creates or provisions parts ("the CloudFormation stack includes a CloudFront
 * distribution and an S3 bucket") deploys them: stack → each part. People who submit, review, approve
 * or merge pull requests send code changes to the repository: person → repository.
 */
final class ControlPlane {
    private static final Pattern API_SERVER = Pattern.compile("(?i)\\b(?:kube-apiserver|(?:kubernetes|k8s|cluster)?\\s*api[- ]server)\\b");
    private static final Pattern ADMISSION = Pattern.compile("(?i)\\b(?:validat|mutat|conver|admission|intercept)\\w*");
    private static final Pattern CERTIFICATES = Pattern.compile("(?i)\\b(?:manag|generat|issu|renew|rotat|provision|sign)\\w*"
            + "\\b[^.;]*?\\bcertificates?\\b");
    private static final Pattern FOR = Pattern.compile("(?i)\\bfor\\b");
    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(?:pull requests?|PRs?|push(?:es)?|commits?|merges?)\\b"
            + "[^.;]*?\\btrigger(?:s|ed)?\\b");
    private static final Set<String> STACKS = Set.of("AWS CloudFormation", "AWS CDK", "Terraform", "Pulumi", "Helm");
    private static final Pattern PROVISIONS = Pattern.compile("(?i)^[^.;]*?\\b(?:includ|creat|provision|defin|declar|set(?:s|ting)?\\s+up)"
            + "\\w*\\b");
    private static final Pattern REVIEWED = Pattern.compile("(?i)\\b(?:pull requests?|PRs?|merge requests?|code changes?)\\b"
            + "[^.;]*?\\b(?:submit|open|review|approv|merg|rais)\\w*|\\b(?:submit|open|review|approv|merg|rais)\\w*\\b[^.;]*?"
            + "\\b(?:pull requests?|PRs?|merge requests?)\\b");
    private static final Set<String> REPOSITORIES = Set.of("GitHub", "GitLab", "Bitbucket", "AWS CodeCommit", "Azure DevOps");
    private static final Set<ComponentKind> SERVICES = Set.of(ComponentKind.API, ComponentKind.PROCESS,
            ComponentKind.WEB_APP, ComponentKind.FUNCTION, ComponentKind.API_GATEWAY);

    private ControlPlane() {}

    /** One flow and the sentence that grounds it. */
    record Drawn(Sentence sentence, Flows.Found flow) {}

    static List<Drawn> flows(List<Sentence> sentences, Lexicon lexicon, ContextModel known) {
        List<Drawn> out = new ArrayList<>();
        List<ComponentRef> named = new ArrayList<>();
        known.components().forEach(c -> named.add(ref(c)));
        sentences.forEach(s -> lexicon.mentions(s.analysed()).forEach(m -> named.add(m.ref())));
        Optional<ComponentRef> apiServer = named.stream().filter(r -> r.kind() != ComponentKind.CONTAINER_PLATFORM
                && API_SERVER.matcher(r.name()).find()).findFirst();
        Optional<ComponentRef> repository = named.stream().filter(r -> REPOSITORIES.contains(r.technology())).findFirst();
        Set<String> kept = new HashSet<>();
        for (Sentence s : sentences) {
            if (!s.states()) {
                continue;
            }
            List<Mention> mentions = lexicon.mentions(s.analysed());
            for (Mention m : mentions) {
                ComponentRef r = m.ref();
                boolean object = r.kind() == ComponentKind.CONFIG_STORE || "Kubernetes Secrets".equals(r.technology());
                boolean webhook = r.name().toLowerCase(java.util.Locale.ROOT).contains("webhook")
                        && ADMISSION.matcher(s.analysed()).find();
                if (apiServer.isPresent() && (object || webhook) && !r.id().equals(apiServer.get().id())
                        && kept.add(r.id())) {
                    out.add(new Drawn(s, new Flows.Found(apiServer.get(), r, object ? "objects kept by the API server"
                            : "admission and conversion requests")));
                }
            }
            certificates(s, mentions).ifPresent(f -> out.add(new Drawn(s, f)));
            provisioned(s, mentions).forEach(f -> out.add(new Drawn(s, f)));
            repository.flatMap(repo -> triggered(s, mentions, repo)).ifPresent(f -> out.add(new Drawn(s, f)));
            repository.ifPresent(repo -> changed(s, mentions, repo).forEach(f -> out.add(new Drawn(s, f))));
        }
        return out;
    }

    /** "The application CloudFormation stack includes a CloudFront distribution, S3 bucket …": stack → each. */
    private static List<Flows.Found> provisioned(Sentence s, List<Mention> mentions) {
        if (mentions.isEmpty() || !STACKS.contains(mentions.get(0).ref().technology())) {
            return List.of();
        }
        Matcher p = PROVISIONS.matcher(s.analysed().substring(mentions.get(0).end()));
        if (!p.find() || Negation.denies(s.analysed(), mentions.get(0).start(), mentions.get(0).end())) {
            return List.of();
        }
        int after = mentions.get(0).end() + p.end();
        ComponentRef stack = mentions.get(0).ref();
        return mentions.stream().filter(m -> m.start() >= after && !m.ref().id().equals(stack.id())
                && m.ref().kind() != ComponentKind.CI_CD && m.ref().kind() != ComponentKind.EXTERNAL_ENTITY)
                .map(m -> new Flows.Found(stack, m.ref(), "resources the stack deploys")).distinct().toList();
    }

    /** "The Issuer service renews the TLS certificates used … for the Ingress webhook": issuer → webhook. */
    private static Optional<Flows.Found> certificates(Sentence s, List<Mention> mentions) {
        Matcher c = CERTIFICATES.matcher(s.analysed());
        if (mentions.isEmpty() || !c.find() || mentions.get(0).start() > c.start()) {
            return Optional.empty();
        }
        Matcher f = FOR.matcher(s.analysed());
        if (!f.find(c.end())) {
            return Optional.empty();
        }
        ComponentRef issuer = mentions.get(0).ref();
        return mentions.stream().filter(m -> m.start() > f.end() && SERVICES.contains(m.ref().kind())
                && !m.ref().id().equals(issuer.id())).reduce((a, b) -> b)
                .map(m -> new Flows.Found(issuer, m.ref(), "TLS certificates"));
    }

    /** "Opening a pull request triggers the GitHub Actions workflows": repository → pipeline. */
    private static Optional<Flows.Found> triggered(Sentence s, List<Mention> mentions, ComponentRef repository) {
        Matcher t = TRIGGER.matcher(s.analysed());
        if (!t.find()) {
            return Optional.empty();
        }
        return mentions.stream().filter(m -> m.start() >= t.end() && m.ref().kind() == ComponentKind.CI_CD
                && !m.ref().id().equals(repository.id())).findFirst()
                .map(m -> new Flows.Found(repository, m.ref(), "changes that trigger the pipeline"));
    }

    /** "Pull requests must be reviewed and approved by a maintainer": maintainer → repository. */
    private static List<Flows.Found> changed(Sentence s, List<Mention> mentions, ComponentRef repository) {
        if (!REVIEWED.matcher(s.analysed()).find()) {
            return List.of();
        }
        return mentions.stream().map(Mention::ref).filter(r -> r.kind() == ComponentKind.EXTERNAL_ENTITY && r.namedByRole())
                .distinct().map(r -> new Flows.Found(r, repository, "code changes as pull requests")).toList();
    }

    private static ComponentRef ref(Component c) {
        return new ComponentRef(c.id(), c.name(), c.kind(), c.technology());
    }
}

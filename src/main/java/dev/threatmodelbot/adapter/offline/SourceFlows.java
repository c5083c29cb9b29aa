package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a build pipeline gets what it ships: a sentence about building or delivering that names a
 * source repository and a CI/CD pipeline ("The source is hosted in the GitLab repo and built by
 * GitLab CI", "The delivery setup is a Bitbucket repository and a Jenkins pipeline") states a flow
 * from the repository to the pipeline, since the pipeline builds what the repository holds.
 */
final class SourceFlows {
    private static final Pattern REPOSITORY = Pattern.compile("(?i)\\b(?:repo|repos|repository|repositories"
            + "|source code|monorepo)\\b");
    private static final Pattern PIPELINE = Pattern.compile("(?i)(?:pipelines?|\\bactions\\b|\\bCI\\b|\\bbuilds?\\b"
            + "|workflows?|jenkins|circleci|travis|buildkite|teamcity|bamboo|codebuild|tekton|drone)");
    private static final Pattern DELIVERY = Pattern.compile("(?i)\\b(?:CI/?CD|CI|CD|pipelines?|builds?|built|deploy"
            + "(?:s|ed|ing|ment)?|releases?|source|hosted|deliver(?:y|s|ed)?)\\b");

    private SourceFlows() {}

    static List<Flows.Found> find(String text, List<Mention> mentions, List<Flows.Found> stated) {
        List<Flows.Found> found = new ArrayList<>();
        if (!DELIVERY.matcher(text).find()) {
            return found;
        }
        List<Mention> delivery = mentions.stream().filter(m -> m.ref().kind() == ComponentKind.CI_CD).toList();
        List<Mention> repositories = delivery.stream().filter(m -> REPOSITORY.matcher(named(text, m)).find()).toList();
        List<Mention> pipelines = delivery.stream().filter(m -> !repositories.contains(m)
                && PIPELINE.matcher(m.ref().name() + " " + text.substring(m.start(), m.end())).find()).toList();
        for (Mention r : repositories) {
            for (Mention p : pipelines) {
                boolean said = stated.stream().anyMatch(f -> f.source().id().equals(p.ref().id())
                        && f.target().id().equals(r.ref().id()) || f.source().id().equals(r.ref().id())
                        && f.target().id().equals(p.ref().id()));
                if (!said && !r.ref().id().equals(p.ref().id())) {
                    found.add(new Flows.Found(r.ref(), p.ref()));
                }
            }
        }
        return found;
    }

    /** The name as written, with the word right after it ("the CodeCommit repository"). */
    private static String named(String text, Mention m) {
        String after = text.substring(m.end()).replaceFirst("^\\s*(\\S+).*$", " $1");
        return m.ref().name() + " " + text.substring(m.start(), m.end()) + (after.startsWith(" ") ? after : "");
    }
}

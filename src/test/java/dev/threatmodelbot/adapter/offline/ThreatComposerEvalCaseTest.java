package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import org.junit.jupiter.api.Test;

/**
 * threat-composer-app: a static single-page app hosted on GitHub Pages or self-hosted on AWS. A
 * careful reader finds 13 components and 10 flows; the extractor finds 12 of them and 7, and the
 * customer who "may interact with Threat Composer" as an external actor besides.
 *
 * <p>Missed, and why:
 * <ul>
 *   <li>component: the Threat Composer web app itself (named only as "Threat composer", no role noun);</li>
 *   <li>flows Amazon CloudFront → browser (A4) and GitHub Pages → browser (B2): the browser is called
 *       "the client" there;</li>
 *   <li>flow web app → Browser Storage: "input is stored in browser storage" has no agent, and no part
 *       acts in its section.</li>
 * </ul>
 * The user's device browser stands for the user.
 */
class ThreatComposerEvalCaseTest {

    @Test
    void should_find_what_a_careful_reader_finds_in_the_threat_composer_design() {
        // given
        String name = "threat-composer-app";

        // when
        ContextModel model = EvalCases.extract(name);

        // then
        // the CDK app's "application CloudFormation stack" is the CDK app, one part
        assertThat(EvalCases.components(model)).doesNotContain("AWS CloudFormation [CI_CD]").contains("Web Browser [EXTERNAL_ENTITY]", "Customer [EXTERNAL_ENTITY]",
                "Browser Storage [DATA_STORE]",
                "GitHub Pages [CDN]", "GitHub [CI_CD]", "GitHub Actions [CI_CD]", "AWS CDK [CI_CD]",
                "Amazon CloudFront [CDN]", "Amazon S3 [OBJECT_STORE]",
                "AWS WAF [LOAD_BALANCER]", "AWS CodeCommit [CI_CD]", "AWS CodePipeline [CI_CD]");
        assertThat(EvalCases.flows(model)).contains("Web Browser → Amazon CloudFront", "Amazon S3 → Amazon CloudFront",
                "Web Browser → GitHub Pages", "GitHub Actions → GitHub Pages", "AWS CodePipeline → Amazon CloudFront",
                "AWS CodePipeline → Amazon S3", "AWS CodePipeline → AWS WAF", "AWS CDK → Amazon CloudFront")
                .doesNotContain("Amazon CloudFront → Amazon S3");
        // "By default all listed options do not include authentication to protect the static assets": no
        // authentication in front of public static files is no gap of any part (it used to land on Browser
        // Storage, named by the sentence before).
        assertThat(model.facts()).filteredOn(f -> f.property() == Property.AUTHENTICATION).extracting(Fact::value)
                .doesNotContain("none");
    }
}

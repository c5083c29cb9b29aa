package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.flows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DocSection;
import dev.threatmodelbot.domain.context.DocSections;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.AttackClass;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineClientAppTest {
    static final OfflineFactExtractor EXTRACTOR = OfflineFactExtractor.packaged();

    static final String RECIPES = """
            # Recipe Box — design

            ## What it does
            Recipe Box lets members collect recipes and plan their meals. Members can share a collection with friends.
            Recipe Box runs entirely in the browser.
            - Recipes are saved client-side in the browser's IndexedDB; there is no backend.
            - CSV import and CSV export of whole collections.

            ## Hosting
            The static bundle is served by Netlify.
            The source code lives in a Bitbucket repository, and a Jenkins pipeline builds it and deploys it to Netlify.
            """;

    /** A doc read as the service reads it: framed as a whole, then section by section. */
    static ContextModel read(String doc) {
        List<DocSection> sections = DocSections.split(doc);
        ContextModel m = EXTRACTOR.frame(doc, Source.doc(sections.get(0).citation(), sections.get(0).text()));
        for (DocSection s : sections) {
            m = m.merge(EXTRACTOR.extract(s.text(), Source.doc(s.citation(), s.text()), m));
        }
        return m;
    }

    @Test
    void should_make_an_app_the_doc_says_runs_in_the_browser_a_web_app_that_keeps_data_in_browser_storage() {
        // when
        ContextModel m = read(RECIPES);

        // then
        assertThat(m.components()).extracting(Component::name, Component::kind).contains(
                tuple("Recipe Box", ComponentKind.WEB_APP), tuple("Browser Storage", ComponentKind.DATA_STORE));
        assertThat(flows(m)).contains("Recipe Box → Browser Storage", "Member → Recipe Box", "Recipe Box → Member");
        assertThat(m.facts()).anyMatch(f -> f.subject().equals("browser-storage") && f.value().equals("client"));
        assertThat(m.facts()).anyMatch(f -> f.subject().equals("recipe-box") && f.value().equals("imported"));
    }

    @Test
    void should_read_a_flow_from_the_source_repository_to_the_pipeline_that_builds_it() {
        // when
        ContextModel m = read(RECIPES);

        // then
        assertThat(flows(m)).contains("Bitbucket → Jenkins");
    }

    @Test
    void should_not_make_a_title_a_part_without_a_browser_app_or_used_only_as_the_title() {
        // given: a platform of other parts; an app that runs in the browser whose title names only the document
        String platform = """
                # Shopfront — design
                Shopfront is made of the Catalog API, the Basket service and a single-page app that runs in the browser.
                Shopfront keeps baskets in Redis.
                """;
        String notes = """
                # Design notes
                All drafts are kept client-side in local storage.
                """;

        // then
        assertThat(read(platform).components()).noneMatch(c -> c.name().equalsIgnoreCase("Shopfront"));
        assertThat(read(notes).components()).noneMatch(c -> c.name().equalsIgnoreCase("Design notes"));
    }

    @Test
    void should_draft_browser_threats_against_the_app_and_its_storage_and_no_server_ones() {
        // when
        List<Threat> ts = RuleThreatDrafter.packaged().draft(read(RECIPES));

        // then
        assertThat(ts).anyMatch(t -> t.attack().equals(AttackClass.XSS.code()) && t.subjects().contains("recipe-box"));
        assertThat(ts).anyMatch(t -> t.rule().equals("malicious-import") && t.subjects().equals(List.of("recipe-box")));
        assertThat(ts).anyMatch(t -> t.rule().equals("client-store-exposure")
                && t.subjects().equals(List.of("browser-storage")));
        assertThat(ts).noneMatch(t -> List.of("flooding", "no-audit-trail", "data-in-transit", "store-direct-access",
                "data-deletion").contains(t.rule()) && (t.subjects().contains("recipe-box")
                || t.subjects().contains("browser-storage") || t.subjects().stream().anyMatch(s -> s.contains("recipe-box"))));
    }

    @Test
    void should_draw_the_users_sign_in_and_their_direct_fetches_from_a_pre_signed_url() {
        // when
        ContextModel m = read("""
                # Referrals
                As a clinic receptionist, I want to attach referral letters to an appointment.
                The intake pages rely on user authentication through Okta.
                The Letters function stores each letter in Amazon S3 and returns a pre-signed URL for the Amazon S3 object.
                """);

        // then
        assertThat(flows(m)).contains("Clinic receptionist → Okta", "Clinic receptionist → Amazon S3");
    }
}

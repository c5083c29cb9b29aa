package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.flows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import org.junit.jupiter.api.Test;

class OfflinePeopleTest {

    @Test
    void should_make_the_role_of_a_user_story_or_a_passive_agent_an_external_actor() {
        // when
        ContextModel m = extract("""
                The feature answers the story: "As a warehouse shift supervisor, I want to see late pallets."
                The Pallet service reads pallets from the Stock database.
                Every schema change must be reviewed and approved by at least one data steward.
                """);

        // then
        assertThat(m.components()).extracting(Component::name, Component::kind).contains(
                tuple("Warehouse shift supervisor", ComponentKind.EXTERNAL_ENTITY),
                tuple("Data steward", ComponentKind.EXTERNAL_ENTITY));
    }

    @Test
    void should_draw_a_flow_from_people_to_the_part_they_act_on() {
        // when
        ContextModel m = extract("""
                Platform administrators apply manifests to the Kubernetes API server.
                Contributors and maintainers open pull requests against the Recipes repository.
                Shoppers use the Storefront app and sign in through Cognito.
                Merchants call the Payouts API with a per-merchant key.
                """);

        // then
        assertThat(m.components()).extracting(Component::name, Component::kind).contains(
                tuple("Platform administrator", ComponentKind.EXTERNAL_ENTITY),
                tuple("Contributors and maintainers", ComponentKind.EXTERNAL_ENTITY),
                tuple("Shopper", ComponentKind.EXTERNAL_ENTITY));
        assertThat(flows(m)).contains("Platform administrator → Kubernetes API server",
                "Contributors and maintainers → Recipes repository", "Shopper → Storefront app",
                "Shopper → Amazon Cognito", "Merchant → Payouts API");
    }

    @Test
    void should_not_make_a_person_of_a_role_word_that_does_not_act() {
        // when
        ContextModel m = extract("""
                The Accounts service keeps user pool settings in the Settings database.
                Users' avatars are kept in the Avatars bucket.
                It routes user requests to the Accounts service.
                The user uploads are scanned by the Scan worker.
                Analysts never access the Settings database.
                As a result, I would keep the Settings database private.
                """);

        // then
        assertThat(m.components()).extracting(Component::kind).doesNotContain(ComponentKind.EXTERNAL_ENTITY);
        assertThat(flows(m)).noneMatch(f -> f.startsWith("Analyst"));
    }

    @Test
    void should_name_a_lone_role_word_a_person_only_where_the_person_acts() {
        // when
        ContextModel m = extract("""
                Users sign in to the Recipes app.
                Each user session token is stored in the Session cache.
                The Recipes app sends a digest to the user.
                """);

        // then
        assertThat(m.components()).extracting(Component::name, Component::kind)
                .contains(tuple("User", ComponentKind.EXTERNAL_ENTITY));
        assertThat(flows(m)).containsExactly("User → Recipes app", "Recipes app → User");
    }

    @Test
    void should_read_a_roles_table_row_as_what_the_role_reaches_not_as_links_between_what_it_lists() {
        // when
        ContextModel m = extract("""
                The Orders Service writes orders to the Orders DB. Argo CD deploys the Orders Service.

                | Role | Access |
                |---|---|
                | Support Engineer | Orders DB read, deploy via Argo CD |
                """);

        // then
        assertThat(flows(m)).noneMatch(f -> f.equals("Argo CD → Orders DB") || f.equals("Orders DB → Argo CD"));
    }

    @Test
    void should_read_what_a_part_loads_from_another_however_long_the_object() {
        // when
        ContextModel m = extract("""
                The Orchestrator loads the last 20 turns of the conversation from the Conversation Store.
                """);

        // then
        assertThat(flows(m)).contains("Conversation Store → Orchestrator");
    }
}

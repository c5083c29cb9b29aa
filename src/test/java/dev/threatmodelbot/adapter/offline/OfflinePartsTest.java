package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One part per thing the text describes: its other names, where it runs, what kind it is, and what its name does not say. */
class OfflinePartsTest {

    @Test
    void should_not_read_exposure_from_the_words_of_a_name() {
        // when
        ContextModel m = extract("""
                | # | From | To | Data |
                |---|------|----|------|
                | 1 | Public Gateway | Orders DB | orders |
                | 2 | Public Gateway | Amazon SQS | order events |
                """);

        // then
        assertThat(EvalCases.facts(m)).noneMatch(f -> f.contains("EXPOSURE=public"));
    }

    @Test
    void should_still_read_exposure_that_a_sentence_states() {
        // when
        ContextModel m = extract("The Public Gateway is exposed to the internet.");

        // then
        assertThat(EvalCases.facts(m)).contains("Public Gateway EXPOSURE=public");
    }

    @Test
    void should_take_the_platform_a_part_runs_on_for_its_host_not_a_part() {
        // when
        ContextModel m = extract("""
                - **Billing API** — Kotlin REST API on Amazon EKS behind an NLB.
                - **Scorer** — Python job running on Cloud Run, reading from Amazon SQS.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).doesNotContain("Amazon EKS", "Cloud Run")
                .contains("Billing API", "Amazon SQS");
    }

    @Test
    void should_merge_the_name_a_definition_line_opens_with_and_drop_its_duplicate_threats() {
        // when
        ContextModel m = extract("""
                - **Billing API** — Kotlin REST API on Amazon EKS.
                - **Nightly export** — Airflow DAG writing to Amazon S3.

                The REST API writes invoices to the Ledger database.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).containsOnlyOnce("Billing API")
                .doesNotContain("REST API");
        assertThat(m.component("billing-api").orElseThrow().aliases()).contains("REST API");
    }

    @Test
    void should_not_merge_a_runtime_that_several_definition_lines_share() {
        // when
        ContextModel m = extract("""
                - **Resize service** — AWS Lambda that shrinks uploaded photos.
                - **Notify service** — AWS Lambda that emails the owner.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).contains("Resize service", "Notify service",
                "AWS Lambda");
    }

    @Test
    void should_read_a_managed_store_for_an_engine_as_one_store() {
        // when
        ContextModel m = extract("Orders live in Amazon RDS for MySQL (single-AZ). The API reads MySQL directly.");

        // then
        assertThat(EvalCases.components(m)).containsOnlyOnce("Amazon RDS [DATA_STORE]")
                .noneMatch(c -> c.startsWith("MySQL"));
    }

    @Test
    void should_make_a_group_named_by_a_plural_one_part_with_its_members() {
        // when
        ContextModel m = extract("""
                - **Crawlers** — Go consumers of the fetch queue.

                The image crawler writes thumbnails to Amazon S3. The feed crawler writes entries to Amazon S3.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).contains("Crawlers")
                .doesNotContain("image crawler", "feed crawler");
        assertThat(OfflineFactExtractorTest.flows(m)).containsOnlyOnce("Crawlers → Amazon S3");
    }

    @Test
    void should_read_a_hosted_service_and_its_api_as_one_part_outside_the_system() {
        // when
        ContextModel m = extract("""
                | Component | Tech | Notes |
                |---|---|---|
                | Orders service | Java on Kubernetes | Takes orders |
                | Ticketing | SaaS | Escalations opened through the Ticketing API |
                """);

        // then
        assertThat(EvalCases.components(m)).contains("Ticketing [EXTERNAL_SERVICE]")
                .noneMatch(c -> c.startsWith("Ticketing API"));
    }

    @Test
    void should_place_apps_that_run_on_the_users_device_on_the_client_and_spare_them_server_threats() {
        // when
        ContextModel m = extract("""
                - **Shop app** — Vue single-page app served from Amazon CloudFront.
                - **Orders API** — Node.js service behind an ALB; users sign in with Amazon Cognito.

                The Shop app calls the Orders API with a JWT. The Android app calls the Orders API too.

                | # | From | To | Data |
                |---|------|----|------|
                | 1 | Orders API | Customer callback URL | order events |
                """);
        List<Threat> threats = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(EvalCases.facts(m)).contains("Shop app EXPOSURE=client", "Mobile App EXPOSURE=client");
        assertThat(EvalCases.components(m)).contains("Customer callback URL [EXTERNAL_SERVICE]");
        assertThat(threats).extracting(Threat::title)
                .noneMatch(t -> t.contains("Shop app") && (t.contains("signed-in user") || t.contains("privileges")))
                .noneMatch(t -> t.contains("signed-in user of Customer callback URL"));
    }

    @Test
    void should_not_take_a_server_rendered_app_for_a_client() {
        // when
        ContextModel m = extract("""
                | Component | Tech | Notes |
                |---|---|---|
                | Back office | Internal Next.js app behind SSO | Staff only |
                """);

        // then
        assertThat(EvalCases.facts(m)).doesNotContain("Back office EXPOSURE=client");
    }

    @Test
    void should_name_a_generic_product_after_the_specific_one_an_earlier_section_named() {
        // given
        Source first = Source.doc("§1", "…");
        ContextModel known = OfflineFactExtractor.packaged().extract("Release images are signed with AWS KMS.", first,
                ContextModel.EMPTY);

        // when
        ContextModel later = known.merge(OfflineFactExtractor.packaged().extract(
                "The build job calls KMS to sign each image.", Source.doc("§2", "…"), known));

        // then
        assertThat(later.components()).extracting(Component::name).containsOnlyOnce("AWS KMS")
                .doesNotContain("Key Management Service");
    }

    @Test
    void should_read_a_build_registry_as_part_of_the_delivery_chain_not_a_data_store() {
        // when
        ContextModel m = extract("The build job pushes images to the Container Registry, and the cluster pulls them.");

        // then
        assertThat(EvalCases.components(m)).contains("Container Registry [CI_CD]");
    }

    @Test
    void should_take_the_kind_a_definition_line_gives_a_part_named_only_by_role() {
        // when
        ContextModel m = extract("""
                - **Readings** — time-series database of meter samples, written by the Meter service.
                """);

        // then
        assertThat(EvalCases.components(m)).anyMatch(c -> c.startsWith("Readings [DATA_STORE]"));
    }

    @Test
    void should_read_the_tool_opening_a_pipelines_stages_as_that_pipeline() {
        // when
        ContextModel m = extract("Config changes ship through the deploy pipeline (Jenkins -> Container Registry -> Amazon EKS).");

        // then
        assertThat(m.components()).extracting(Component::name).doesNotContain("Jenkins");
        assertThat(m.component("deploy-pipeline").orElseThrow().aliases()).contains("Jenkins");
    }

    @Test
    void should_not_take_the_browser_a_part_is_used_in_for_a_part() {
        // when
        ContextModel m = extract("Support staff open the Reports dashboard in a browser; it reads from Amazon Redshift.");

        // then
        assertThat(m.components()).extracting(Component::name).doesNotContain("Web Browser");
    }

    @Test
    void should_take_a_bold_name_for_a_part_when_its_line_opens_by_saying_what_it_is() {
        // when
        ContextModel m = extract("""
                ## Components

                - **Storefront (Next.js)** — server-rendered web front end. Hosts the Review & Pay page.
                - **Sentinel** — fraud-scoring service run by the Risk team.
                - **Loyalty Ledger** — new service backed by its own PostgreSQL database.
                - **Back Office** — internal admin web app for Support Agents, behind corporate SSO.

                ## Security

                - **Rate limiting** — enforced at the gateway per client.
                - **Customer** — a signed-in shopper.
                - **Finance** — all dashboards, all regions, CSV export.
                """);

        // then
        assertThat(m.components()).extracting(c -> c.name() + " [" + c.kind() + "]")
                .contains("Storefront [WEB_APP]", "Sentinel [PROCESS]", "Loyalty Ledger [PROCESS]")
                .anyMatch(c -> c.startsWith("Back Office ["))
                .noneMatch(c -> c.startsWith("Rate limiting") || c.startsWith("Finance"));
    }

    @Test
    void should_read_a_component_table_whose_technology_cells_name_frameworks_and_hosts() {
        // when
        ContextModel m = extract("""
                ## Components

                | Component | Technology | Notes |
                |---|---|---|
                | Patient App | React Native (iOS/Android) | Booking, joining visits. |
                | Clinician Web App | React SPA served from CloudFront | Schedule, visit room, notes. |
                """);

        // then
        assertThat(m.components()).extracting(c -> c.name() + " [" + c.kind() + "]")
                .contains("Clinician Web App [WEB_APP]").anyMatch(c -> c.startsWith("Patient App ["));
    }

    @Test
    void should_name_no_part_by_a_merge_passed_over_because_its_alias_was_already_merged() {
        // given
        ComponentRef react = new ComponentRef("react-spa", "React SPA", dev.threatmodelbot.domain.context.ComponentKind.WEB_APP, "");
        ComponentRef patient = new ComponentRef("patient-app", "Patient App", dev.threatmodelbot.domain.context.ComponentKind.WEB_APP, "");
        ComponentRef clinician = new ComponentRef("clinician-app", "Clinician App",
                dev.threatmodelbot.domain.context.ComponentKind.WEB_APP, "");

        // when
        AliasMerger.Merged merged = AliasMerger.apply(List.of(), List.of(new Aliases.Merge(react, patient, "React SPA"),
                new Aliases.Merge(react, clinician, "React SPA served")), java.util.Set.of());

        // then
        assertThat(merged.terms()).allMatch(t -> t.ref() != null);
    }

    @Test
    void should_take_hubs_and_devices_named_by_what_they_are_for_parts() {
        // when
        ContextModel m = extract("""
                Each building has one Latchway Hub in the telecom closet. The Latchway Hub sends events to the MQTT broker.
                Every door has a Door Sensor that reports to the Latchway Hub.
                """);

        // then
        assertThat(m.components()).extracting(c -> c.name()).contains("Latchway Hub", "Door Sensor");
    }

    @Test
    void should_not_take_a_plural_label_over_a_list_of_products_for_a_part() {
        // when
        ContextModel m = extract("""
                - **Data stores**: Redis (live positions, 10-min TTL), Kafka (location history), Postgres (couriers).
                - **Profile store**: Azure Cosmos DB.
                """);

        // then
        assertThat(m.components()).extracting(c -> c.name()).doesNotContain("Data stores")
                .contains("Redis", "Profile store");
    }

    @Test
    void should_read_code_names_that_open_list_items_as_parts_of_the_kind_described() {
        // when
        ContextModel m = OfflineFactExtractorTest.extract("""
                ## Architecture

                - `vault-sync`: a single Go binary with SQLite. It has no built-in TLS.
                - `vault-web`: static assets served on every visit to `/web/`.
                - `vault-bridge`: an HTTP server on the loopback interface.

                The CLI uploads blobs to vault-sync. vault-bridge replies with `Access-Control-Allow-Origin: *`.
                """);

        // then
        assertThat(m.component("vault-sync")).isPresent();
        assertThat(m.component("vault-web").orElseThrow().kind()).isEqualTo(dev.threatmodelbot.domain.context.ComponentKind.WEB_APP);
        assertThat(m.facts()).anyMatch(f -> f.subject().equals("vault-sync") && f.value().equals("plain"));
        assertThat(m.facts()).anyMatch(f -> f.subject().equals("vault-bridge") && f.value().equals("any-origin"));
        ContextModel values = OfflineFactExtractorTest.extract("""
                **Auth methods.**
                - `oidc` — for humans using the Console or the CLI.
                - `token` — long-lived tokens for CI systems.
                """);
        assertThat(values.components()).extracting(Component::name).doesNotContain("oidc", "token");
    }

    @Test
    void should_read_bold_definitions_as_parts_of_the_kind_they_state_even_under_an_actors_heading() {
        // when: a self-assessment that lists its components as "actors"
        ContextModel m = OfflineFactExtractorTest.extract("""
                ### Actors

                - **Verifier** is a separate deployment that checks whether a candidate secret is live.
                - **Repository Config** is the `.scanner.yml` file in each repository.
                - **App Private Key** is the app's signing key, used to mint installation tokens.
                - **Org Admin** is a person who installs the app.
                """);

        // then
        assertThat(m.components()).extracting(Component::name, Component::kind).contains(
                org.assertj.core.api.Assertions.tuple("Verifier", dev.threatmodelbot.domain.context.ComponentKind.PROCESS),
                org.assertj.core.api.Assertions.tuple("Repository Config", dev.threatmodelbot.domain.context.ComponentKind.CONFIG_STORE),
                org.assertj.core.api.Assertions.tuple("App Private Key", dev.threatmodelbot.domain.context.ComponentKind.SECRETS_STORE));
        assertThat(m.component("org-admin").map(Component::kind)).contains(dev.threatmodelbot.domain.context.ComponentKind.EXTERNAL_ENTITY);
    }

    @Test
    void should_read_box_drawing_arrows_and_a_section_named_by_code_name_and_role() {
        // when
        ContextModel m = OfflineFactExtractorTest.extract("""
                ## Architecture

                ```
                GitHub ──webhook──▶ relay-hook ──▶ Job Queue ──▶ Review Worker ──▶ LLM Gateway
                ```

                ### relay-hook (Webhook Receiver)

                A small Go service that exposes `POST /api/github/webhook`.
                """);

        // then
        assertThat(m.flows()).extracting(f -> f.source() + " → " + f.target()).contains("github → webhook-receiver",
                "webhook-receiver → job-queue", "job-queue → review-worker", "review-worker → llm-gateway");
        // "LLM Gateway ──▶ provider": the model behind the gateway
        ContextModel behind = OfflineFactExtractorTest.extract("""
                ```
                Review Worker ──▶ LLM Gateway ──▶ provider
                ```
                """);
        assertThat(behind.component("provider").map(Component::kind)).contains(dev.threatmodelbot.domain.context.ComponentKind.LLM);
    }

    @Test
    void should_read_code_names_in_the_name_column_of_a_components_table() {
        // when
        ContextModel m = OfflineFactExtractorTest.extract("""
                | Component | Kind | Replicas | Notes |
                |---|---|---|---|
                | relay-controller | Deployment | 2 | Reconciles mirrors, talks to Vault, writes Secrets |
                | relay-metrics | Service, port 8080 | — | Prometheus scrape target |

                The relay-metrics endpoint has no authentication.
                """);

        // then
        assertThat(m.components()).extracting(Component::id).contains("relay-controller", "relay-metrics");
        assertThat(m.facts()).anyMatch(f -> f.subject().equals("relay-metrics") && f.value().equals("none"));
    }

    @Test
    void should_take_a_model_named_only_as_a_hosted_model_api_as_the_llm_the_prompt_goes_to() {
        // when
        ContextModel m = OfflineFactExtractorTest.extract("""
                | Component | Technology | Owner | Notes |
                |---|---|---|---|
                | Orchestrator | FastAPI on EKS | Helpdesk Platform | Retrieval, prompt assembly, tool execution |
                | LLM gateway | Internal gateway in front of a hosted model API | AI Platform | Chat and embedding models |

                1. The Orchestrator embeds the question through the LLM gateway.
                2. The model may request a tool call. The Orchestrator executes it and returns the result to the model.
                """);

        // then
        assertThat(m.component("llm").map(Component::kind)).contains(dev.threatmodelbot.domain.context.ComponentKind.LLM);
        assertThat(m.flows()).extracting(f -> f.source() + " → " + f.target())
                .contains("orchestrator → llm-gateway", "orchestrator → llm");
        ContextModel quiet = OfflineFactExtractorTest.extract("""
                | Component | Technology | Owner | Notes |
                |---|---|---|---|
                | Orchestrator | FastAPI on EKS | Helpdesk Platform | Retrieval, prompt assembly, tool execution |
                | LLM gateway | Internal gateway in front of a hosted model API | AI Platform | Chat and embedding models |

                The Orchestrator embeds the question through the LLM gateway.
                """);
        assertThat(quiet.flows()).as("a model nothing is said to call is called through the model gateway")
                .anyMatch(f -> f.source().equals("llm-gateway") && f.target().equals("llm"));
    }

    @Test
    void should_not_make_a_network_a_part_and_keep_what_is_said_on_the_part_in_it() {
        // when
        ContextModel m = OfflineFactExtractorTest.extract("""
                The online store is an ElastiCache Redis cluster in the risk VPC. In-transit encryption and AUTH are not enabled.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).doesNotContain("VPC", "risk VPC");
        assertThat(m.facts()).anyMatch(f -> f.subject().equals("redis") && f.value().equals("none"));
        assertThat(m.facts()).noneMatch(f -> f.value().equals("tls"));
    }

    @Test
    void should_read_the_fan_out_and_the_corner_arrows_of_a_box_drawing() {
        // when
        ContextModel m = OfflineFactExtractorTest.extract("""
                ## Architecture

                ```
                 GitHub ──webhook──▶ Webhook Receiver ──creates──▶ Preview CR
                                                                  │
                                                                  ▼
                                     Controller ◀──────────────────┘
                                  ┌──────┼───────────────┬
                                  ▼      ▼               ▼
                              Renderer  Secret Seeder  Reporter
                ```
                """);

        // then
        assertThat(m.flows()).extracting(f -> f.source() + " → " + f.target()).contains("preview-cr → controller",
                "controller → renderer", "controller → secret-seeder", "controller → reporter");
    }
}

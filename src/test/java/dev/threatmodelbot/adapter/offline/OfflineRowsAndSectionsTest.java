package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.flows;
import static dev.threatmodelbot.adapter.offline.OfflineFactPlacementTest.facts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a careful reader takes from where a sentence stands: a component table's cells speak of the row's part, a
 * section's sentences of the part its heading names, a setting's default of the part the setting is named after; and
 * what a sentence says of the prompt or the answer of the system's one language model.
 */
class OfflineRowsAndSectionsTest {

    private static final String INVENTORY = """
            ## Components

            | Component | Runtime | Owner | Notes |
            |---|---|---|---|
            | Planner | Python service in the `ops` namespace | Tools team | Agent loop, prompt assembly, tool dispatch |
            | Answer model | Hosted LLM, vendor business tier | Tools team | Reached over TLS with an API key |
            | Query Tool | Tool `query_db` inside the Planner | Tools team | Runs queries against the Ledger |
            | Ledger | Cloud data warehouse | Finance | Source of truth |
            | Help Desk UI | React SPA behind the edge proxy | Tools team | Chat screen |
            """;

    private static ComponentKind kind(ContextModel m, String name) {
        return m.components().stream().filter(c -> c.name().equals(name)).map(Component::kind).findFirst().orElseThrow();
    }

    @Test
    void should_read_a_component_row_as_sentences_about_its_part() {
        // when
        ContextModel m = extract(INVENTORY);

        // then
        assertThat(kind(m, "Answer model")).isEqualTo(ComponentKind.LLM);
        assertThat(kind(m, "Ledger")).isEqualTo(ComponentKind.DATA_STORE);
        assertThat(flows(m)).contains("Query Tool → Ledger", "Planner → Query Tool", "Planner → Answer model");
        assertThat(m.components()).extracting(Component::name).doesNotContain("query_db");
        assertThat(m.components()).filteredOn(c -> c.name().equals("Query Tool")).flatExtracting(Component::aliases)
                .doesNotContain("Planner");
    }

    @Test
    void should_send_the_model_s_answer_to_the_part_that_renders_it() {
        // when
        ContextModel m = extract(INVENTORY + """

                ## Flow

                1. It builds the prompt from the question and the last turns.
                2. The model's final answer is Markdown. The Help Desk UI renders it.
                """);

        // then
        assertThat(flows(m)).contains("Answer model → Help Desk UI");
    }

    @Test
    void should_place_a_sentence_naming_no_part_on_the_part_its_section_heading_names() {
        // when
        ContextModel m = extract("""
                ## Architecture

                The Hook Receiver turns events into jobs. The Preview Gateway sends each preview's traffic to its pods.

                ### Preview Gateway

                Callers need no authentication.

                ## Operations

                Backups are not encrypted.
                """);

        // then
        assertThat(facts(m)).contains("Preview Gateway AUTHENTICATION=none").doesNotContain("system AUTHENTICATION=none");
    }

    @Test
    void should_place_a_setting_s_default_on_the_part_the_setting_is_named_after() {
        // when
        ContextModel m = extract("""
                The Webhook Receiver takes events from GitHub and turns them into jobs for the Builder.

                | Key | Default | Description |
                |---|---|---|
                | `webhook.secret` | `""` | HMAC secret for incoming events |
                """);

        // then
        assertThat(facts(m)).contains("Webhook Receiver TAMPER_PROTECTION=unsigned");
    }

    @Test
    void should_not_read_a_control_the_team_only_considered_as_in_place() {
        // when
        ContextModel m = extract("The Fetcher downloads pages for the Planner. We considered an allowlist, but sources "
                + "vary too much.");

        // then
        assertThat(facts(m)).noneMatch(f -> f.endsWith("INPUT_VALIDATION=validated"));
    }

    @Test
    void should_read_actors_defined_in_bold_by_what_their_description_says_they_are() {
        // when
        ContextModel m = extract("""
                ## Actors

                - **Scoring Run**: a nightly scoring job over the backlog that writes results to the `claims-out` bucket.
                - **TagHub**: a vendor-hosted annotation tool used by the partner's labelers.
                - **Training**: Kubernetes Jobs on the shared GPU pool.
                """);

        // then
        assertThat(kind(m, "Scoring Run")).isEqualTo(ComponentKind.PROCESS);
        assertThat(kind(m, "TagHub")).isEqualTo(ComponentKind.EXTERNAL_SERVICE);
        assertThat(kind(m, "Training")).isEqualTo(ComponentKind.ML_PIPELINE);
        assertThat(kind(m, "claims-out")).isEqualTo(ComponentKind.OBJECT_STORE);
        assertThat(flows(m)).contains("Scoring Run → claims-out");
    }

    @Test
    void should_keep_injection_through_content_fed_to_the_prompt_beside_rules_kept_in_the_prompt() {
        // when
        ContextModel m = extract(INVENTORY + """

                The system prompt tells the model not to query the payroll tables.
                We insert ticket comments verbatim into the prompt, because paraphrasing hurt accuracy.
                """);
        List<Threat> threats = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(threats).extracting(Threat::rule).contains("indirect-prompt-injection");
        assertThat(threats).anyMatch(t -> t.title().contains("rules that live only in its prompt"));
    }

    @Test
    void should_read_a_described_row_whose_notes_mention_later_work_and_put_its_facts_on_its_part() {
        // when
        ContextModel m = extract("""
                | Component | What it is | Where | Notes |
                |---|---|---|---|
                | **front-door** ("the bot") | Slack Bolt app receiving event callbacks | EKS cluster `apps` | Verifies the signing secret. |
                | **Conductor** | FastAPI orchestrator: prompt assembly, model calls | EKS `apps` | Holds the Okta API token as env vars; moving to OAuth is phase 2. |
                | **Model endpoint** | Azure OpenAI, gpt-4o deployment | Azure | Default content filters. |
                """);

        // then
        assertThat(kind(m, "front-door")).isEqualTo(ComponentKind.PROCESS);
        assertThat(kind(m, "Model endpoint")).isEqualTo(ComponentKind.LLM);
        assertThat(m.components()).filteredOn(c -> c.name().equals("Model endpoint")).flatExtracting(Component::aliases)
                .contains("Azure OpenAI", "OpenAI API");
        assertThat(flows(m)).contains("Conductor → Model endpoint").doesNotContain("Conductor → Amazon EKS");
        assertThat(facts(m)).contains("Conductor SECRETS=env").doesNotContain("Amazon EKS SECRETS=env");
    }

    @Test
    void should_read_code_names_in_flow_tables_and_after_arrows_as_parts_and_a_url_held_in_settings_as_supplied() {
        // when
        ContextModel m = extract("""
                Each save is `PUT /api/forms/{id}` → `save-form`, which checks the caller owns the form.

                | # | Source | Destination | Data | Protocol |
                |---|---|---|---|---|
                | DF-1 | Step Functions | `push-job` | formId | Lambda invoke |
                | DF-2 | `push-job` | `settings.tokenUrl` | client secret | HTTPS |
                | DF-3 | `notify` | `legacy-sched` | appointment lookup | HTTP over peering |
                """);
        List<Threat> threats = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(m.components()).extracting(Component::name).contains("save-form", "push-job", "notify", "legacy-sched");
        assertThat(flows(m)).contains("push-job → settings.tokenUrl", "notify → legacy-sched");
        assertThat(facts(m)).contains("push-job EXTERNAL_CONTENT=user-url");
        assertThat(threats).anyMatch(t -> t.rule().equals("server-side-request-forgery") && t.subjects().equals(List.of("push-job")));
    }

    @Test
    void should_put_raw_html_shown_from_a_model_s_drafts_on_the_screen_that_shows_them() {
        // when
        ContextModel m = extract("""
                The Drafting agent sends the thread to Claude and stores the draft. Agents approve drafts in the Review Console.
                Drafts are shown with dangerouslySetInnerHTML so the model's tables come through.
                """);
        List<Threat> threats = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(threats).filteredOn(t -> t.title().startsWith("Script in content")).extracting(Threat::subjects)
                .containsExactly(List.of("review-console"));
    }

    @Test
    void should_read_bold_building_blocks_with_code_names_and_a_bare_role_noun_only_as_a_part_the_text_names() {
        // when
        ContextModel m = extract("""
                ## Building blocks

                - **Web** (`site-web`) — Django under gunicorn. One hostname serves everything.
                - **Worker** (`site-worker`) — Celery with three queues.
                - **Prober** — the check code in `site/probes/`, executed by the worker.
                - **DB** — PostgreSQL 16.

                ## Flows

                `site-web` enqueues notifications to Redis. `site-worker` reads them from Redis.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).contains("Web", "Worker", "Prober", "DB")
                .doesNotContain("Azure Cosmos DB", "site-web");
        assertThat(flows(m)).contains("Web → Redis", "Redis → Worker");
    }

    @Test
    void should_read_numbered_components_named_in_bold_or_code_and_one_model_for_its_products() {
        // when
        ContextModel m = extract("""
                1. **`cal-sync`** (Calendar Sync). A Python service that polls the calendar API.
                2. **Writer** (summary worker). Builds the prompt and calls the LLM, which is currently `gpt-4o` on Azure OpenAI, with Claude as fallback.
                3. The LLM returns a summary, and Writer posts it to Slack.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).contains("cal-sync", "Writer");
        assertThat(kind(m, "Writer")).isEqualTo(ComponentKind.PROCESS);
        assertThat(flows(m)).anyMatch(f -> f.startsWith("Writer → ") && !f.equals("Writer → Slack"));
    }

    @Test
    void should_read_a_paragraph_led_by_a_part_s_bold_code_name_as_about_that_part() {
        // when
        ContextModel m = extract("""
                ## Services

                **`relay` (edge-gateway).** Receives partner webhooks at a public URL. Requests are accepted if the source IP is in the partner's published ranges.

                **Build and deploy.** Images are built in CI. Requests are accepted if the source IP is in the office range.
                """);

        // then
        assertThat(m.components()).extracting(Component::name).contains("relay");
        assertThat(facts(m)).contains("relay AUTHENTICATION=source-ip", "system AUTHENTICATION=source-ip");
    }

    @Test
    void should_read_flow_rows_named_by_a_code_and_no_flow_from_a_table_of_trust_boundaries() {
        // when
        ContextModel m = dev.threatmodelbot.domain.context.AliasFolding.folded(extract("""
                ## Components

                | Component | Technology | Owner |
                |---|---|---|
                | **PX-40 pump controller** | STM32, in-house firmware | Devices team |
                | **Ward hub** | Intel NUC, Mosquitto | Clinical engineering |

                ## Data flows

                | ID | From | To | Protocol | Data |
                |---|---|---|---|---|
                | F1 | PX-40 | Ward (Mosquitto) | MQTT, TCP 1883 | Infusion events |
                | F2 | Ward / PX-40 (via Ward) | S3 `pump-firmware` | HTTPS | Firmware images |

                ## Trust boundaries

                | ID | Boundary | Crossed by | Notes |
                |---|---|---|---|
                | TB1 | Bedside ↔ Clinical VLAN | F1 | Pumps sit on the clinical VLAN. |
                """));

        // then
        assertThat(m.components()).extracting(Component::name).contains("PX-40 pump controller", "Ward hub")
                .doesNotContain("Bedside", "Clinical VLAN", "PX-40", "Ward / PX-40");
        assertThat(flows(m)).contains("PX-40 pump controller → Ward hub").noneMatch(f -> f.contains("Bedside"));
        assertThat(flows(m)).anyMatch(f -> f.startsWith("Ward hub → "));
    }

    @Test
    void should_read_an_allow_list_of_what_input_may_be_as_validation_and_a_list_of_who_may_enter_as_none() {
        assertThat(facts(extract("The gate controller keeps a card allow-list cache for offline use.")))
                .noneMatch(f -> f.contains("INPUT_VALIDATION"));
        assertThat(facts(extract("Northbridge signs in with a password plus their IP allowlist.")))
                .noneMatch(f -> f.contains("INPUT_VALIDATION"));
        assertThat(facts(extract("The fetcher checks every URL against an allowlist of partner domains.")))
                .anyMatch(f -> f.endsWith("INPUT_VALIDATION=validated"));
    }

    @Test
    void should_read_unrestricted_egress_said_after_a_part_as_the_system_s() {
        assertThat(facts(extract("NetworkPolicies restrict ingress to the Ingress controller. Egress is unrestricted for now.")))
                .contains("system EXPOSURE=open-egress");
    }

    @Test
    void should_read_sftp_as_encryption_of_the_hop_laid_out_not_of_every_link() {
        ContextModel m = extract("""
                Partner banks deliver statement files over SFTP; the pipeline matches them against the ledger.

                | From | To | Protocol |
                |---|---|---|
                | Partner banks | Bank gateway | SFTP |
                | Ops console | Matcher | HTTP |
                """);

        assertThat(facts(m)).contains("Partner banks → Bank gateway TRANSPORT=tls").doesNotContain("system TRANSPORT=tls");
    }

    @Test
    void should_read_bold_leads_with_a_colon_inside_a_proper_name_with_its_role_in_brackets_and_a_lower_case_code_name() {
        // when
        ContextModel m = dev.threatmodelbot.domain.context.AliasFolding.folded(extract("""
                ## Architecture

                - **Help widget:** a JS bundle embedded on the store's pages. It talks to the gateway over a WebSocket.
                - **Help gateway:** authenticates signed-in sessions and forwards each message.
                - **Concierge orchestrator:** a Python service that builds each model call from the system prompt and the chat so far.
                - **LLM:** GPT-4o through Azure OpenAI.
                - **Slack bot**: Bolt for Python, Socket Mode. It calls the Help gateway.
                - **order-tools:** a separate service exposing the tools. It calls the Orders API.

                **Ledger (payments service).** A Go service on ECS that settles card payments.
                """));

        // then
        assertThat(m.components()).extracting(Component::name)
                .contains("Help widget", "Help gateway", "Concierge orchestrator", "order-tools", "Ledger", "Slack bot");
        assertThat(flows(m)).contains("Help widget → Help gateway", "order-tools → Orders API")
                .anyMatch(f -> f.startsWith("Concierge orchestrator → "));
    }

    @Test
    void should_read_an_llm_agent_and_the_product_serving_it_as_one_model_the_prompt_goes_to() {
        // when
        ContextModel m = dev.threatmodelbot.domain.context.AliasFolding.folded(extract("""
                Helpdesk replaces the decision tree with an LLM agent that answers from the help centre.

                - **Orchestrator:** a Python service that builds each model call from the system prompt and the chat so far.
                - **Model:** GPT-4o through Azure OpenAI, temperature 0.2.
                """));

        // then
        assertThat(m.components()).filteredOn(c -> c.kind() == ComponentKind.LLM).hasSize(1);
        assertThat(flows(m)).anyMatch(f -> f.startsWith("Orchestrator → "));
    }

    @Test
    void should_not_read_a_control_still_to_come_as_in_place() {
        assertThat(facts(extract("Until mTLS lands, the services rely on security groups."))).noneMatch(f -> f.contains("mtls"));
        assertThat(facts(extract("Kafka ACLs will follow after launch.")))
                .noneMatch(f -> f.endsWith("AUTHORIZATION=acl"));
        assertThat(facts(extract("mTLS through the service mesh is planned for Q3."))).noneMatch(f -> f.contains("=mtls"));
        assertThat(facts(extract("Moving the key to Key Vault is on the phase 2 backlog."))).noneMatch(f -> f.endsWith("SECRETS=vault"));
        assertThat(facts(extract("The gateway's TLS certificate expired, so the job uses plain HTTP for now.")))
                .noneMatch(f -> f.endsWith("TRANSPORT=tls"));
        assertThat(facts(extract("Whenever an agent closes a ticket, the reply is embedded and added to the knowledge base.")))
                .anyMatch(f -> f.endsWith("DATA_PROVENANCE=user-supplied"));
        assertThat(facts(extract("The answers index holds customer-written text.")))
                .anyMatch(f -> f.endsWith("DATA_PROVENANCE=user-supplied"));
    }

    @Test
    void should_not_draft_reading_secrets_out_of_a_key_manager_and_read_cosign_as_signing() {
        // when
        ContextModel m = extract("""
                The build runner signs each image with `cosign sign --key awskms:///alias/ship` and pushes it to Harbor.
                The runner calls AWS KMS to sign; the deploy policy admits only images whose signature verifies against the KMS public key.
                """);
        List<Threat> threats = RuleThreatDrafter.packaged().draft(m);

        // then
        assertThat(facts(m)).anyMatch(f -> f.endsWith("TAMPER_PROTECTION=release-signing"));
        assertThat(threats).noneMatch(t -> t.subjects().contains("aws-kms") && (t.rule().equals("store-direct-access")
                || t.rule().equals("secret-isolation") || t.rule().equals("secret-change-repudiation")));
    }

    @Test
    void should_read_a_flowchart_s_multi_line_labels_by_their_first_line_and_edges_from_several_nodes() {
        assertThat(Diagrams.arrows(List.of("flowchart LR",
                "  BS[Backstage<br/>mgmt] -->|creates repo| GH[(GitHub)]",
                "  KMS[AWS KMS<br/>alias/ship-signing]",
                "  STG[stg] & PROD[prod] -->|pull| HB[(Harbor)]",
                "  GH --> KMS")))
                .containsExactly("Backstage (mgmt) → GitHub: creates repo", "stg → Harbor: pull", "prod → Harbor: pull",
                        "GitHub → AWS KMS (alias/ship-signing)");
    }

    @Test
    void should_read_the_lines_between_plain_ascii_boxes_as_flows() {
        assertThat(AsciiBoxes.arrows(List.of(
                "  +---------+   +----------+",
                "  | Kiosk   |   | Web form |",
                "  +----+----+   +----+-----+",
                "       |             |",
                "       +------+------+",
                "              |",
                "              v",
                "     +-----------------+       +-----------+",
                "     | Intake service  |------>| Case DB   |",
                "     | (Go)            |       |           |",
                "     +--------+--------+       +-----+-----+",
                "              |                      ^",
                "              v                      |",
                "     +-----------------+             |",
                "     | Notifier        |-------------+",
                "     +-----------------+        +--> Twilio",
                "                                |",
                "     a read-only note, not a line")))
                .contains("Kiosk → Intake service (Go)", "Web form → Intake service (Go)", "Intake service (Go) → Case DB",
                        "Intake service (Go) → Notifier", "Notifier → Case DB")
                .noneMatch(a -> a.contains("read-only"));
    }

    @Test
    void should_read_a_chain_of_lower_case_steps_as_what_one_part_does_not_as_parts() {
        ContextModel m = extract("""
                - **Answer service**: a Go service.
                  - Query rewrite → retrieve → rerank → generate → cite.
                - Checkout → Payments API → Ledger
                """);

        assertThat(m.components()).extracting(Component::name).doesNotContain("retrieve", "rerank", "cite");
        assertThat(flows(m)).contains("Checkout → Payments API", "Payments API → Ledger");
    }

    @Test
    void should_read_a_section_named_by_a_code_name_as_its_part() {
        ContextModel m = extract("""
                ## 7. stamp-worker

                Writes the stamped PDF of each finished envelope to Amazon S3.

                ## 8. hooks-relay (webhooks)

                It reads the events from Amazon SQS and delivers them to each tenant endpoint.
                """);

        assertThat(m.components()).extracting(Component::name).contains("stamp-worker", "hooks-relay");
        assertThat(flows(m)).contains("stamp-worker → Amazon S3");
    }

    @Test
    void should_read_a_limitation_naming_the_control_that_falls_short_as_that_gap_alone() {
        ContextModel m = extract("""
                ## Limitations

                - **PIN lockout.** The lockout is enforced in the app. Fleet API does not currently throttle PIN sign-in attempts.
                """);

        assertThat(facts(m)).contains("Fleet API RATE_LIMITING=none").noneMatch(f -> f.endsWith("AUTHENTICATION=none"));
    }

    @Test
    void should_read_no_part_from_data_classes_people_s_titles_or_contracts() {
        ContextModel m = extract("""
                The PI approves the request in the Portal. The MSA governs what the vendor keeps.
                """);

        assertThat(m.components()).extracting(Component::name).doesNotContain("PI", "MSA");
        assertThat(extract("""
                - **Access:** Only members of the pilot group get the add-in, and the Review API rejects other tokens.
                """).components()).extracting(Component::name).doesNotContain("Access");
        assertThat(Phantoms.judge(new ComponentRef("restricted", "Restricted", ComponentKind.EXTERNAL_ENTITY, ""), List.of()))
                .isEmpty();
        assertThat(Phantoms.judge(new ComponentRef("portal", "Portal", ComponentKind.WEB_APP, ""), List.of())).isPresent();
    }
}

package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.AttackClass;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Severity;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleThreatDrafterTest {
    final RuleThreatDrafter drafter = RuleThreatDrafter.packaged();

    static ContextModel read(String doc) {
        return OfflineFactExtractor.packaged().extract(doc, Source.doc("§1", doc), ContextModel.EMPTY);
    }

    static Optional<Threat> find(List<Threat> ts, String id) {
        return ts.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Test
    void should_make_a_stated_weakness_certain_an_unknown_one_an_assumption_and_drop_a_stated_control() {
        List<Threat> open = drafter.draft(read("The Orders API requires no authentication. "
                + "The Billing API validates a JWT on every call."));
        List<Threat> silent = drafter.draft(read("The Orders API stores orders in PostgreSQL."));

        Threat certain = find(open, "no-authentication:orders-api").orElseThrow();
        assertThat(certain.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(certain.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(certain.evidence()).singleElement().asString().startsWith("orders-api:AUTHENTICATION:none");
        assertThat(certain.stride()).contains(Stride.SPOOFING);
        assertThat(find(open, "no-authentication:billing-api")).isEmpty();

        Threat assumed = find(silent, "no-authentication:orders-api").orElseThrow();
        assertThat(assumed.confidence()).isEqualTo(Confidence.LOW);
        assertThat(assumed.likelihood()).isLessThan(certain.likelihood());
        assertThat(assumed.assumptions()).singleElement().asString().contains("Nobody said how callers prove");
        assertThat(assumed.restsOnSilence()).isTrue();
        assertThat(certain.restsOnSilence()).isFalse();
    }

    @Test
    void should_never_draft_against_a_stated_control() {
        // given: the doc says the link is mTLS and the store is encrypted
        List<Threat> ts = drafter.draft(read("The Gateway calls the Orders Service over mTLS. "
                + "The Orders Service writes orders to PostgreSQL. PostgreSQL is encrypted at rest with KMS."));

        // then
        assertThat(ts).noneMatch(t -> t.rule().equals("data-in-transit") && t.subjects().contains("gateway->orders-service"));
        assertThat(ts).noneMatch(t -> t.rule().equals("store-unencrypted"));
        assertThat(find(ts, "data-in-transit:orders-service->postgresql")).get()
                .satisfies(t -> assertThat(t.restsOnSilence()).isTrue());
    }

    @Test
    void should_make_a_store_without_credentials_certain_and_rate_disclosure_by_the_data_stated() {
        // given
        List<Threat> ts = drafter.draft(read("The Orders Service caches sessions in Redis. Redis has no password. "
                + "The Orders Service writes orders to PostgreSQL. PostgreSQL holds customer addresses (PII)."));

        // then
        assertThat(find(ts, "store-no-authentication:redis")).get().satisfies(t -> {
            assertThat(t.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(t.attack()).isEqualTo("data-disclosure");
            assertThat(t.evidence()).anyMatch(e -> e.startsWith("redis:AUTHENTICATION:none"));
        });
        assertThat(find(ts, "store-direct-access:redis")).as("said better by the stated weakness").isEmpty();
        assertThat(find(ts, "store-direct-access:postgresql")).get().satisfies(t -> {
            assertThat(t.impact()).isEqualTo(3);
            assertThat(t.evidence()).anyMatch(e -> e.startsWith("postgresql:DATA_CLASSIFICATION:pii"));
        });
    }

    @Test
    void should_draft_one_threat_for_what_is_said_of_the_system_not_one_per_part() {
        // given: nobody says which part parses the uploads
        List<Threat> ts = drafter.draft(read("The Claims API stores claims in PostgreSQL. The Claims Worker reads "
                + "claims from PostgreSQL. Customers upload photos of the damage."));

        // then
        assertThat(ts).filteredOn(t -> t.rule().equals("malicious-upload")).singleElement().satisfies(t -> {
            assertThat(t.subjects()).contains("claims-api", "claims-worker");
            assertThat(t.title()).contains("Claims API").contains("Claims Worker");
            assertThat(t.evidence()).singleElement().asString().startsWith("system:EXTERNAL_CONTENT:upload");
        });
    }

    @Test
    void should_draft_ssrf_and_indirect_prompt_injection_only_where_a_fact_says_so() {
        // given
        String reader = "The Feed Service downloads the RSS feeds that users add. The Feed Service sends each article "
                + "to OpenAI for a summary. Article text from the feeds goes straight into the prompt.";
        String fixed = "The Feed Service downloads our own status page every hour. The Feed Service sends each "
                + "status to OpenAI for a summary.";

        // when
        List<Threat> open = drafter.draft(read(reader));
        List<Threat> closed = drafter.draft(read(fixed));

        // then
        assertThat(find(open, "server-side-request-forgery:feed-service")).get().satisfies(t -> {
            assertThat(t.attack()).isEqualTo("ssrf");
            assertThat(t.evidence()).anyMatch(e -> e.contains(":EXTERNAL_CONTENT:user-url:"));
        });
        assertThat(open).filteredOn(t -> t.rule().equals("indirect-prompt-injection")).singleElement()
                .satisfies(t -> {
                    assertThat(t.attack()).isEqualTo("prompt-injection");
                    assertThat(t.owaspLlm()).containsExactly("LLM01:2026");
                    assertThat(t.evidence()).anyMatch(e -> e.contains(":EXTERNAL_CONTENT:fetched:"));
                    assertThat(t.confidence()).isNotEqualTo(Confidence.LOW);
                });
        assertThat(closed).noneMatch(t -> t.rule().equals("server-side-request-forgery")
                || t.rule().equals("indirect-prompt-injection"));
    }

    @Test
    void should_chain_an_open_entry_point_to_the_data_store_it_writes_to() {
        List<Threat> ts = drafter.draft(read("The Orders API requires no authentication. "
                + "The Orders API writes orders to PostgreSQL."));

        Threat chain = ts.stream().filter(Threat::isChain).findFirst().orElseThrow();
        assertThat(chain.subjects()).containsExactly("orders-api", "postgresql");
        assertThat(chain.title()).contains("Orders API").contains("PostgreSQL");
        assertThat(chain.evidence()).anyMatch(e -> e.startsWith("orders-api:AUTHENTICATION:none"))
                .anyMatch(e -> e.startsWith("flow:"));
    }

    @Test
    void should_map_llm_threats_to_owasp_and_atlas_and_condition_them_on_facts() {
        List<Threat> ts = drafter.draft(read("The Support Service sends each question to Azure OpenAI. "
                + "Whatever Azure OpenAI returns, we run the generated SQL directly."));

        assertThat(find(ts, "prompt-injection:azure-openai")).get().satisfies(t -> {
            assertThat(t.owaspLlm()).containsExactly("LLM01:2026");
            assertThat(t.atlas()).containsExactly("AML.T0051.000");
            assertThat(t.evidence()).containsExactly("flow:support-service->azure-openai");
        });
        assertThat(ts).filteredOn(t -> t.rule().equals("improper-output-handling"))
                .extracting(Threat::confidence).containsExactly(Confidence.HIGH);
    }

    @Test
    void should_draft_only_about_named_parts_sorted_by_severity_for_every_eval_case() {
        for (String name : List.of("external-secrets-operator", "husky-ai", "threat-composer-app",
                "vehicle-registration")) {
            ContextModel m = EvalCases.extract(name);
            List<Threat> ts = drafter.draft(m);

            Set<String> known = Stream.concat(m.components().stream().map(c -> c.id()),
                    m.flows().stream().map(f -> f.id())).collect(Collectors.toSet());
            assertThat(ts).as(name).isNotEmpty().allSatisfy(t -> assertThat(known).containsAll(t.subjects()));
            assertThat(ts).as(name).isSortedAccordingTo(Comparator.comparing(Threat::severity).reversed()
                    .thenComparing(Comparator.comparing(Threat::confidence).reversed()).thenComparing(Threat::id));
            assertThat(ts.stream().map(Threat::id)).as(name).doesNotHaveDuplicates();
            assertThat(ts).as(name).allSatisfy(t -> {
                assertThat(AttackClass.of(t.attack())).as(t.id()).isPresent();
                if (t.restsOnSilence()) { // silence is said as such, never as a fact
                    assertThat(t.assumptions()).as(t.id()).anyMatch(a -> a.startsWith("Nobody said "));
                }
            });
        }
    }
    @Test
    void should_follow_a_foothold_along_the_flows_it_sends_and_the_stores_it_reads_not_back_up_a_push() {
        // given: the admin host pushes to the web server; the web server only reads its templates
        List<Threat> ts = drafter.draft(read("The Web Server is exposed to the internet and requires no "
                + "authentication. The Admin Host pushes updates to the Web Server. The Admin Host writes audit "
                + "records to the Audit Store. The Web Server reads templates from the Template Store."));

        // then
        List<Threat> chains = ts.stream().filter(Threat::isChain).toList();
        assertThat(chains).anyMatch(t -> t.subjects().equals(List.of("web-server", "template-store")));
        assertThat(chains).noneMatch(t -> t.subjects().get(0).equals("web-server")
                && t.subjects().contains("audit-store"));
    }
}

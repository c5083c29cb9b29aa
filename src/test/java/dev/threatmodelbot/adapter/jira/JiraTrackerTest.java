package dev.threatmodelbot.adapter.jira;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.threatmodelbot.adapter.jira.JiraSessions.MITIGATION;
import static dev.threatmodelbot.adapter.jira.JiraSessions.PERMALINK;
import static dev.threatmodelbot.adapter.jira.JiraSessions.REVIEW_LINK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Ticket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Filing against a fake Jira: what is searched, created and linked, on Cloud and Data Center. */
class JiraTrackerTest {
    final JiraFake jira = new JiraFake();
    final Session session = JiraSessions.session();
    final DraftedThreat threat = JiraSessions.approved();
    final String label = JiraTracker.label(session.id(), threat.threat().id());

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void should_create_a_cloud_issue_with_an_adf_description_and_link_it_back() {
        jira.answering(3);

        Ticket ticket = jira.tracker(jira.cloud()).file(session, threat, REVIEW_LINK);

        assertThat(ticket).isEqualTo(new Ticket("SEC-42", jira.url().toString() + "browse/SEC-42"));
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (JiraFake.EMAIL + ":" + JiraFake.TOKEN).getBytes(StandardCharsets.UTF_8));
        jira.server.verify(postRequestedFor(urlPathEqualTo("/rest/api/3/issue"))
                .withHeader("Authorization", equalTo(basic)).withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", equalTo("application/json")));
        assertThat(jira.body("/rest/api/3/search/jql").path("jql").asText())
                .isEqualTo("project = \"SEC\" AND labels = \"" + label + "\"");
        JsonNode fields = jira.body("/rest/api/3/issue").path("fields");
        assertThat(fields.at("/project/key").asText()).isEqualTo("SEC");
        assertThat(fields.at("/issuetype/name").asText()).isEqualTo("Task");
        assertThat(fields.path("summary").asText())
                .isEqualTo("[TM-CREB] Callers reach the Payments API without proving who they are");
        assertThat(fields.at("/priority/name").asText()).isEqualTo("Highest");
        assertThat(fields.path("labels")).extracting(JsonNode::asText).containsExactly("threatmodel", "TM-CREB",
                "stride-spoofing", "stride-elevation-of-privilege", label);
        assertThat(jira.body("/rest/api/3/issue").at("/properties/0/value/label").asText()).isEqualTo(label);
    }

    @Test
    void should_write_the_threat_evidence_and_mitigation_as_an_adf_doc() {
        jira.answering(3);

        jira.tracker(jira.cloud()).file(session, threat, REVIEW_LINK);

        JsonNode doc = jira.body("/rest/api/3/issue").at("/fields/description");
        assertThat(doc.path("type").asText()).isEqualTo("doc");
        assertThat(doc.path("version").asInt()).isEqualTo(1);
        List<JsonNode> texts = textNodes(doc);
        assertThat(texts).allSatisfy(t -> assertThat(t.path("text").asText()).isNotEmpty());
        assertThat(links(texts)).contains(PERMALINK, REVIEW_LINK);
        String all = String.join("", texts.stream().map(t -> t.path("text").asText()).toList());
        assertThat(all).contains(MITIGATION, "Critical (likelihood 3 × impact 3)", "Spoofing, Elevation of privilege",
                "Payments API, Payments API → Orders DB", "Transport of Payments API → Orders DB: plain",
                "answer by UA on 2026-11-18 10:30 UTC", "design doc §2 Architecture", JiraSessions.QUOTE,
                "Approved by ULEAD on 2026-11-21 10:00 UTC", "High");
    }

    @Test
    void should_upsert_the_remote_link_with_a_stable_global_id() {
        jira.answering(3);

        jira.tracker(jira.cloud()).file(session, threat, REVIEW_LINK);

        JsonNode link = jira.body("/rest/api/3/issue/SEC-42/remotelink");
        assertThat(link.path("globalId").asText()).isEqualTo("threatmodel:TM-CREB:" + label);
        assertThat(link.at("/object/url").asText()).isEqualTo(REVIEW_LINK);
        assertThat(link.at("/object/title").asText()).isEqualTo("Threat model review — Payments");
        assertThat(link.at("/object/summary").asText()).isEqualTo(threat.threat().title());
    }

    @Test
    void should_reuse_the_issue_already_carrying_the_label_without_creating_one() {
        jira.answering(3);
        jira.server.stubFor(post(urlPathEqualTo("/rest/api/3/search/jql"))
                .willReturn(okJson("{\"issues\":[{\"id\":\"10042\",\"key\":\"SEC-42\"}],\"isLast\":true}")));

        Ticket ticket = jira.tracker(jira.cloud()).file(session, threat, REVIEW_LINK);

        assertThat(ticket.key()).isEqualTo("SEC-42");
        assertThat(jira.posts("/rest/api/3/issue")).isEmpty();
        assertThat(jira.posts("/rest/api/3/issue/SEC-42/remotelink")).hasSize(1);
    }

    @Test
    void should_speak_v2_with_wiki_markup_and_a_bearer_token_to_data_center() {
        jira.answering(2);

        Ticket ticket = jira.tracker(jira.dataCenter()).file(session, threat, REVIEW_LINK);

        assertThat(ticket.key()).isEqualTo("SEC-42");
        jira.server.verify(postRequestedFor(urlPathEqualTo("/rest/api/2/search"))
                .withHeader("Authorization", equalTo("Bearer " + JiraFake.TOKEN)));
        JsonNode description = jira.body("/rest/api/2/issue").at("/fields/description");
        assertThat(description.isTextual()).isTrue();
        assertThat(description.asText()).contains("h3. Evidence", "* *Severity:* Critical",
                "[answer by UA on 2026\\-11\\-18 10:30 UTC|" + PERMALINK + "]", "[Review thread|" + REVIEW_LINK + "]");
        assertThat(jira.posts("/rest/api/2/issue/SEC-42/remotelink")).hasSize(1);
    }

    @Test
    void should_still_return_the_ticket_when_jira_refuses_the_remote_link() {
        jira.answering(3);
        jira.server.stubFor(post(urlPathEqualTo("/rest/api/3/issue/SEC-42/remotelink")).willReturn(aResponse()
                .withStatus(403).withBody("{\"errorMessages\":[\"Issue linking is disabled.\"],\"errors\":{}}")));

        Ticket ticket = jira.tracker(jira.cloud()).file(session, threat, REVIEW_LINK);

        assertThat(ticket.key()).isEqualTo("SEC-42");
        assertThat(jira.posts("/rest/api/3/issue/SEC-42/remotelink")).hasSize(1);
    }

    @Test
    void should_not_link_back_to_something_that_is_no_web_address() {
        jira.answering(3);

        jira.tracker(jira.cloud()).file(session, threat, "slack:C1:1700000000.000900");

        assertThat(jira.posts("/rest/api/3/issue/SEC-42/remotelink")).isEmpty();
    }

    @Test
    void should_file_in_the_default_project_when_the_session_named_none() {
        JiraTracker tracker = jira.tracker(jira.cloud());
        Session without = JiraSessions.session(Optional.empty());

        assertThat(tracker.project(without)).contains("DEF");
        assertThat(tracker.project(session)).contains("SEC");
        assertThat(jira.tracker(jira.dataCenter()).project(without)).isEmpty();
    }

    @Test
    void should_leave_out_the_priority_when_no_priorities_are_mapped() {
        jira.answering(3);

        jira.tracker(jira.cloud().withPriorities(JiraSettings.priorities("none"))).file(session, threat, REVIEW_LINK);

        assertThat(jira.body("/rest/api/3/issue").path("fields").has("priority")).isFalse();
    }

    static List<JsonNode> textNodes(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.path("type").asText().equals("text")) {
            out.add(node);
        }
        node.path("content").forEach(child -> out.addAll(textNodes(child)));
        return out;
    }

    static List<String> links(List<JsonNode> texts) {
        List<String> out = new ArrayList<>();
        texts.forEach(t -> t.path("marks").forEach(m -> {
            if (m.path("type").asText().equals("link")) {
                out.add(m.at("/attrs/href").asText());
            }
        }));
        return out;
    }
}

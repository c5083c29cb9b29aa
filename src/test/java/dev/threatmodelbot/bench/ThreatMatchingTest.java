package dev.threatmodelbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threatmodelbot.adapter.offline.MiniLmEmbeddings;
import dev.threatmodelbot.application.port.TextEmbeddings;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreatMatchingTest {
    static final double T = ThreatMatching.THRESHOLD;

    final ThreatMatching minilm = new ThreatMatching(MiniLmEmbeddings.shared());

    static Threat drafted(String title, String description, Stride... stride) {
        return new Threat("rule:" + title, "rule", title, description, Set.of(stride), List.of("part"), 2, 2,
                "mitigate", List.of(), List.of(), Confidence.MEDIUM, List.of(), List.of());
    }

    static ThreatGroundTruth truth(String id, String statement, Stride... stride) {
        return new ThreatGroundTruth(id, statement, statement, Set.of(stride));
    }

    static final Threat MITM = drafted("Man-in-the-middle on the API Gateway to Lambda flow",
            "Someone on the network path between API Gateway and Lambda can read or modify the data in transit.",
            Stride.TAMPERING, Stride.INFORMATION_DISCLOSURE);
    static final ThreatGroundTruth IN_TRANSIT = truth("T-0003", "A threat actor with access to data in transit "
            + "between API Gateway and Lambda can read or modify that data, resulting in reduced confidentiality and "
            + "integrity of vehicle registrations", Stride.TAMPERING, Stride.INFORMATION_DISCLOSURE);
    static final String DOS = "A threat actor can create or orchestrate a distributed denial of service attack "
            + "against the API Gateway, which leads to the API being unresponsive to callers, resulting in reduced "
            + "availability of vehicle registration";

    @Test
    void should_match_a_man_in_the_middle_threat_to_a_data_in_transit_ground_truth_and_not_to_a_denial_of_service() {
        ThreatGroundTruth dos = truth("T-0007", DOS, Stride.DENIAL_OF_SERVICE);

        assertThat(minilm.matches(MITM, IN_TRANSIT, T)).isTrue();
        assertThat(minilm.matches(MITM, dos, T)).isFalse();
        assertThat(minilm.similarity(MITM, IN_TRANSIT)).isGreaterThan(minilm.similarity(MITM, dos) + 0.1);
    }

    @Test
    void should_not_match_a_ground_truth_without_stride_on_meaning_alone_when_the_texts_differ() {
        ThreatGroundTruth dosWithoutStride = truth("T-0007", DOS);
        ThreatGroundTruth inTransitWithoutStride = truth("T-0003", IN_TRANSIT.text());

        assertThat(minilm.matches(MITM, dosWithoutStride, T)).isFalse();
        assertThat(minilm.matches(MITM, inTransitWithoutStride, T)).isTrue();
    }

    @Test
    void should_need_intersecting_stride_unless_the_ground_truth_gives_none() {
        Set<Stride> ti = Set.of(Stride.TAMPERING, Stride.INFORMATION_DISCLOSURE);

        assertThat(ThreatMatching.strideCompatible(ti, Set.of(Stride.INFORMATION_DISCLOSURE))).isTrue();
        assertThat(ThreatMatching.strideCompatible(ti, Set.of(Stride.DENIAL_OF_SERVICE))).isFalse();
        assertThat(ThreatMatching.strideCompatible(ti, Set.of())).isTrue();
        assertThat(ThreatMatching.strideCompatible(Set.of(), Set.of(Stride.SPOOFING))).isFalse();
    }

    @Test
    void should_not_match_identical_text_with_disjoint_stride() {
        Threat same = drafted("A threat actor with access to data in transit", "can read or modify that data",
                Stride.SPOOFING);
        ThreatGroundTruth truth = truth("g", ThreatMatching.text(same), Stride.TAMPERING);

        assertThat(minilm.similarity(same, truth)).isGreaterThan(0.99);
        assertThat(minilm.matches(same, truth, T)).isFalse();
    }

    @Test
    void should_count_recall_over_ground_truth_and_precision_over_drafted_threats() {
        // given two drafted threats and three ground-truth threats whose similarities the fake embeddings fix
        Map<String, float[]> vectors = Map.of(
                "a. a", new float[] {1, 0, 0}, "b. b", new float[] {0, 1, 0},
                "A", new float[] {1, 0, 0}, "A2", new float[] {0.8f, 0.6f, 0}, "C", new float[] {0, 0, 1});
        TextEmbeddings fake = text -> vectors.get(text).clone();
        Threat a = drafted("a", "a", Stride.TAMPERING);
        Threat b = drafted("b", "b", Stride.SPOOFING);
        List<ThreatGroundTruth> truth = List.of(truth("A", "A", Stride.TAMPERING),
                truth("A2", "A2", Stride.TAMPERING, Stride.SPOOFING), truth("C", "C"));

        // when
        ThreatScores scores = new ThreatMatching(fake).score(List.of(a, b), truth);

        // then: A matches a (1.0); A2 matches a (0.8) but b only at 0.6; C matches nothing
        assertThat(scores.matchedTruth(0.7)).isEqualTo(2);
        assertThat(scores.matchedDrafted(0.7)).isEqualTo(1);
        assertThat(scores.unmatchedTruth(0.7)).containsExactly(2);
        assertThat(scores.matchedDrafted(0.55)).isEqualTo(2);
        assertThat(scores.nearestCompatible(1).orElseThrow().drafted()).isEqualTo(a);
        assertThat(scores.pairs().get(0).similarity()).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void should_read_both_ground_truth_shapes() throws Exception {
        ObjectMapper json = new ObjectMapper();

        ThreatGroundTruth titled = ThreatGroundTruth.of(json.readTree(
                "{\"id\":\"Threat-01-S\",\"title\":\"Spoofing of X\",\"description\":\"Someone pretends to be X.\","
                        + "\"stride\":[\"S\"]}"));
        ThreatGroundTruth stated = ThreatGroundTruth.of(json.readTree(
                "{\"id\":\"T-0001\",\"statement\":\"A threat actor can do Y\",\"stride\":[]}"));

        assertThat(titled.text()).isEqualTo("Spoofing of X. Someone pretends to be X.");
        assertThat(titled.stride()).containsExactly(Stride.SPOOFING);
        assertThat(stated.text()).isEqualTo("A threat actor can do Y");
        assertThat(stated.title()).isEqualTo("A threat actor can do Y");
        assertThat(stated.stride()).isEmpty();
    }
}

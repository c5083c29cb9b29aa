package dev.threatmodelbot.domain.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AmendmentTest {
    static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");
    static final Threat THREAT = new Threat("r:api", "r", "Spoofed callers", "Anyone can call the API.",
            Set.of(Stride.SPOOFING), List.of("api"), 2, 2, "Require tokens.", List.of("f1"), List.of(),
            Confidence.HIGH, List.of(), List.of());

    private static Optional<Amendment> parse(String text) {
        return Amendment.numbered(text).flatMap(n -> Amendment.parse(n.rest(), "U1", AT, "m1"));
    }

    @Test
    void should_read_the_threat_number_and_what_to_change() {
        assertThat(Amendment.numbered("#12 severity high")).contains(new Amendment.Numbered(12, "severity high"));
        assertThat(Amendment.numbered("  #3: title: Forged tokens")).contains(new Amendment.Numbered(3,
                "title: Forged tokens"));
        assertThat(Amendment.numbered("see #3 above")).isEmpty();
        assertThat(Amendment.numbered("#three")).isEmpty();
    }

    @Test
    void should_set_ratings_and_texts_and_keep_anything_else_as_a_note() {
        assertThat(parse("#1 severity critical").orElseThrow().apply(THREAT).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(parse("#1 Severity: LOW").orElseThrow().apply(THREAT).severity()).isEqualTo(Severity.LOW);
        assertThat(parse("#1 likelihood high").orElseThrow().apply(THREAT).likelihood()).isEqualTo(3);
        assertThat(parse("#1 impact 1").orElseThrow().apply(THREAT).impact()).isEqualTo(1);
        assertThat(parse("#1 mitigation: Use mTLS.").orElseThrow().apply(THREAT).mitigation()).isEqualTo("Use mTLS.");
        assertThat(parse("#1 title = Forged tokens").orElseThrow().apply(THREAT).title()).isEqualTo("Forged tokens");
        assertThat(parse("#1 mitigation tokenize the PAN").orElseThrow().apply(THREAT).mitigation())
                .isEqualTo("tokenize the PAN");
        assertThat(parse("#1 title Isolation between tenants").orElseThrow().apply(THREAT).title())
                .isEqualTo("Isolation between tenants");
        assertThat(parse("#1 severity is high").orElseThrow().apply(THREAT).severity()).isEqualTo(Severity.HIGH);
        Threat noted = parse("#1 only reachable from the VPN").orElseThrow().apply(THREAT);
        assertThat(noted.description()).isEqualTo("Anyone can call the API.\nNote from the security lead: only "
                + "reachable from the VPN");
        assertThat(noted.id()).isEqualTo(THREAT.id());
    }

    @Test
    void should_refuse_a_rating_that_is_not_one_and_an_empty_change() {
        assertThat(parse("#1 severity extreme")).isEmpty();
        assertThat(parse("#1 likelihood 7")).isEmpty();
        assertThat(parse("#1")).isEmpty();
    }

    @Test
    void should_keep_every_change_on_the_drafted_threat_in_order() {
        DraftedThreat t = new DraftedThreat(1, THREAT, Optional.of("m0"), List.of());
        DraftedThreat twice = t.amended(parse("#1 severity high").orElseThrow())
                .amended(parse("#1 impact 3").orElseThrow());
        assertThat(twice.amendments()).extracting(Amendment::field)
                .containsExactly(Amendment.Field.SEVERITY, Amendment.Field.IMPACT);
        assertThat(twice.threat().likelihood()).isEqualTo(3);
        assertThat(twice.threat().impact()).isEqualTo(3);
        assertThat(twice.messageId()).contains("m0");
    }
}

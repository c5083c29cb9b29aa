package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageFinderTest {
    private static final List<String> DOC = List.of(
            "The checkout service runs on Kubernetes in eu-west-1.",
            "Order records are kept in PostgreSQL with AES-256 encryption at rest.",
            "Customers sign in with Auth0.",
            "The team meets every Tuesday for planning.",
            "Logs are shipped to Datadog.",
            "The public API is served through an AWS Application Load Balancer.",
            "Service credentials are stored in HashiCorp Vault and injected at deploy time.",
            "Only members of the finance group may approve refunds above 500 EUR.",
            "The mobile app talks to the backend over TLS 1.3.");

    private final PassageFinder finder = new PassageFinder(MiniLmEmbeddings.shared());

    @Test
    void should_find_the_passage_a_claim_is_about() {
        // when
        var match = finder.find("the orders table is stored unencrypted", DOC);

        // then
        assertThat(match).isPresent();
        assertThat(match.get().index()).isEqualTo(1);
        assertThat(match.get().score()).isGreaterThan(PassageFinder.THRESHOLD);
    }

    @Test
    void should_find_the_passage_for_each_claim_about_the_doc() {
        assertThat(indexFor("users authenticate through Auth0")).isEqualTo(2);
        assertThat(indexFor("we have no logs")).isEqualTo(4);
        assertThat(indexFor("the load balancer is internal only")).isEqualTo(5);
        assertThat(indexFor("anyone can approve a refund")).isEqualTo(7);
        assertThat(indexFor("the app sends data over plain http")).isEqualTo(8);
    }

    @Test
    void should_find_nothing_for_an_unrelated_claim() {
        for (String claim : List.of("the marketing team ordered pizza for Friday", "the cafeteria menu changes weekly",
                "the project deadline is in March")) {
            assertThat(finder.find(claim, DOC)).as(claim).isEmpty();
        }
    }

    @Test
    void should_find_nothing_among_no_passages() {
        assertThat(finder.find("the orders table is stored unencrypted", List.of())).isEmpty();
    }

    private int indexFor(String claim) {
        return finder.find(claim, DOC).orElseThrow(() -> new AssertionError("no passage for: " + claim)).index();
    }
}

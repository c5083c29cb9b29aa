package dev.threatmodelbot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {

    @Test
    void embedded_json_reads_as_words() {
        String q = Quotes.readable("**Uploaded Images** — {\"symbolic_name\": \"uploaded-images\", \"description\": "
                + "\"Contains images that users upload.\", \"placements\": [{\"data_store\": \"uploaded-images-redis\", "
                + "\"encrypted\": false}]}");
        assertThat(q).isEqualTo("Uploaded Images — symbolic name: uploaded-images; description: Contains images that "
                + "users upload; placements: data store: uploaded-images-redis; encrypted: false");
        assertThat(q).doesNotContain("{").doesNotContain("\"").doesNotContain("**");
    }

    @Test
    void an_empty_label_and_markup_leave_nothing_behind() {
        assertThat(Quotes.readable("**** — {\"trust_zone_a\": \"prod-zone\", \"access_control_methods\": [\"rbac\", "
                + "\"acl\"]}")).isEqualTo("trust zone a: prod-zone; access control methods: rbac, acl");
        assertThat(Quotes.readable("## Orders\nThe `orders-db` is **not** encrypted.")).isEqualTo(
                "Orders The orders-db is not encrypted.");
    }

    @Test
    void a_quote_cut_inside_json_leaves_no_stray_quote() {
        assertThat(Quotes.readable("It can save trained models to Model storage.\", \"trust_zone\": \"experimental-zone\"}"))
                .isEqualTo("It can save trained models to Model storage; trust zone: experimental-zone");
    }

    @Test
    void plain_sentences_are_kept_as_written() {
        String s = "The API Gateway calls the Orders service over mTLS, and \"admin\" is a role.";
        assertThat(Quotes.readable(s)).isEqualTo(s);
    }
}

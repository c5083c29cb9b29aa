package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.extract;
import static dev.threatmodelbot.adapter.offline.OfflineFactExtractorTest.flows;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfflineBackEndFlowsTest {

    @Test
    void should_send_a_stores_data_to_the_front_it_serves() {
        // given
        String[] texts = {
            "CloudFront serves the product images from the Media bucket.",
            "The Media bucket is the origin of CloudFront.",
            "CloudFront uses the Media bucket as its origin.",
            "CloudFront, with the Media bucket as origin, caches every page.",
            "The Media bucket sits behind CloudFront.",
            "The Media bucket is fronted by CloudFront.",
            "CloudFront is served from the Media bucket.",
            "CloudFront is backed by the Media bucket."
        };

        for (String text : texts) {
            // when, then
            assertThat(flows(extract(text))).as(text).containsExactly("Media bucket → Amazon CloudFront");
        }
    }

    @Test
    void should_send_requests_from_the_front_to_a_back_end_that_holds_no_data() {
        // given
        String[] texts = {
            "The Quotes service runs behind the Ingress gateway.",
            "The Ingress gateway is backed by the Quotes service.",
            "The Ingress gateway is served from the Quotes service pods."
        };

        for (String text : texts) {
            // when, then
            assertThat(flows(extract(text))).as(text).containsExactly("Ingress gateway → Quotes service");
        }
    }
}

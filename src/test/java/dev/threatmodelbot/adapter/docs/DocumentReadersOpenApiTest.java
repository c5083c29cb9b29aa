package dev.threatmodelbot.adapter.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodelbot.adapter.offline.OfflineFactExtractor;
import dev.threatmodelbot.application.port.DocumentReader.UnreadableDocument;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DocSection;
import dev.threatmodelbot.domain.context.DocSections;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class DocumentReadersOpenApiTest {
    static final DocumentReaders READER = new DocumentReaders();

    static byte[] resource(String name) {
        try (InputStream in = DocumentReadersOpenApiTest.class.getResourceAsStream("/docs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContextModel facts(String text) {
        return OfflineFactExtractor.packaged().extract(text, Source.doc("§1", text), ContextModel.EMPTY);
    }

    @Test
    void should_render_openapi_3_as_sections_per_area_and_operation() throws Exception {
        // when
        String text = READER.read("orders.yaml", "text/plain", resource("orders-openapi.yaml")).orElseThrow();

        // then
        assertThat(DocSections.split(text)).extracting(DocSection::number, DocSection::title).containsExactly(
                tuple("0", "Orders API"), tuple("1", "Servers"), tuple("2", "Security schemes"),
                tuple("3", "Default security"), tuple("4", "Operations"), tuple("4.1", "POST /orders"),
                tuple("4.2", "GET /orders/{id}"), tuple("4.3", "GET /health"));
        assertThat(text).contains(
                "The API is served over plain HTTP at http://orders.internal:8080 (inside the cluster).",
                "The API is served over HTTPS at https://api.example.com/v1.",
                "`bearerAuth`: callers authenticate with a bearer token (JWT).",
                "### GET /health\n\nHealth check.\n\nNo authentication is required.",
                "- Callers authenticate with an API key in the `X-API-Key` header.",
                "Parameters: `id` (path, required).",
                "Request body fields: `email`, `card`, `card.number`, `lines`, `lines.sku`, `lines.quantity`.",
                "`email` (personal data)", "`card.number` (payment card data)",
                "**Notes**");
    }

    @Test
    void should_state_what_the_offline_extractor_learns_from_openapi_3() throws Exception {
        // given
        String text = READER.read("orders.yaml", "application/x-yaml", resource("orders-openapi.yaml")).orElseThrow();

        // when
        ContextModel model = facts(text);

        // then
        assertThat(model.facts()).extracting(Fact::property, Fact::value).contains(
                tuple(Property.AUTHENTICATION, "token"), tuple(Property.AUTHENTICATION, "api-key"),
                tuple(Property.AUTHENTICATION, "none"), tuple(Property.TRANSPORT, "plain"),
                tuple(Property.TRANSPORT, "tls"), tuple(Property.DATA_CLASSIFICATION, "pii"),
                tuple(Property.DATA_CLASSIFICATION, "payment"));
    }

    @Test
    void should_render_swagger_2_json_with_its_schemes_and_operations() throws Exception {
        // when
        String text = READER.read("petstore.json", "application/json", resource("petstore-swagger.json"))
                .orElseThrow();
        ContextModel model = facts(text);

        // then
        assertThat(text).contains("# Pet Store", "This is the Swagger 2.0 document petstore.json",
                "The API is served over plain HTTP at http://petstore.example.com/v2.",
                "### GET /pets\n\nList pets.\n\nCallers authenticate with an API key in the `api_key` query parameter.",
                "### POST /pets\n\nAdd a pet.\n\nCallers authenticate with HTTP basic authentication.",
                "Request body fields: `name`, `ownerEmail`.");
        assertThat(model.facts()).extracting(Fact::property, Fact::value).contains(
                tuple(Property.AUTHENTICATION, "api-key"), tuple(Property.AUTHENTICATION, "password"),
                tuple(Property.TRANSPORT, "plain"));
    }

    @Test
    void should_keep_yaml_that_is_not_openapi_as_a_fenced_block_under_its_name() throws Exception {
        // given
        String yaml = "replicas: 3\nimage: orders:1.4\n";

        // when
        String text = READER.read("values.yaml", "", yaml.getBytes(UTF_8)).orElseThrow();

        // then
        assertThat(text).isEqualTo("# values.yaml\n\n```yaml\nreplicas: 3\nimage: orders:1.4\n```\n");
        assertThat(DocSections.split(text)).extracting(DocSection::title).containsExactly("values.yaml");
    }

    @Test
    void should_refuse_invalid_yaml_with_the_parsers_reason_on_one_line() {
        // given
        byte[] yaml = "openapi: 3.0.0\ninfo:\n  title: [unclosed\n  version: 1\n".getBytes(UTF_8);

        // when / then
        assertThatThrownBy(() -> READER.read("api.yaml", "", yaml))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageStartingWith("api.yaml is not valid YAML: ")
                .hasMessageContaining("(line ")
                .message().doesNotContain("\n", "Exception", "com.fasterxml", "org.yaml");
    }

    @Test
    void should_refuse_invalid_json_with_the_parsers_reason_on_one_line() {
        // given
        byte[] json = "{\"swagger\": \"2.0\", \"paths\": {,}}".getBytes(UTF_8);

        // when / then
        assertThatThrownBy(() -> READER.read("api.json", "application/json", json))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageStartingWith("api.json is not valid JSON: ")
                .message().doesNotContain("\n", "Exception", "com.fasterxml", "Source");
    }

    @Test
    void should_close_the_fence_before_the_notice_when_a_long_yaml_is_cut() throws Exception {
        // given
        String yaml = "key: a value that repeats\n".repeat(20_000);

        // when
        String text = READER.read("long.yml", "", yaml.getBytes(UTF_8)).orElseThrow();

        // then
        assertThat(text).startsWith("# long.yml\n\n```yaml\nkey: a value")
                .endsWith("key: a value that repeats\n```\n\n"
                        + "[… cut off: the document is longer than 300000 characters]\n");
    }

    @Test
    void should_list_at_most_300_operations_and_say_how_many_are_left_out() throws Exception {
        // given
        StringBuilder spec = new StringBuilder("openapi: 3.1.0\ninfo: {title: Big, version: '1'}\npaths:\n");
        for (int i = 0; i < 320; i++) {
            spec.append("  /items/").append(i).append(":\n    get: {summary: Item ").append(i).append("}\n");
        }

        // when
        String text = READER.read("big.yaml", "", spec.toString().getBytes(UTF_8)).orElseThrow();

        // then
        assertThat(text).contains("The API has 320 operations.", "### GET /items/299\n")
                .doesNotContain("/items/300")
                .endsWith("20 more operations are left out here; the list stops at 300.\n");
    }

    @Test
    void should_tell_an_openapi_document_by_its_content_when_name_and_mimetype_say_nothing() throws Exception {
        // when
        String text = READER.read("spec", "application/octet-stream", resource("orders-openapi.yaml")).orElseThrow();

        // then
        assertThat(text).startsWith("# Orders API\n");
    }
}

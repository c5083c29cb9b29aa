package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private static final Catalogue CATALOGUE = Catalogue.packaged();

    private static ComponentKind kindNamed(String text) {
        return names(text).get(0).ref().kind();
    }

    private static List<Mention> names(String text) {
        Lexicon lexicon = Lexicon.of(CATALOGUE, ContextModel.EMPTY, List.of());
        return lexicon.mentions(text);
    }

    @Test
    void should_ship_a_broad_catalogue_across_clouds_and_kinds() {
        // when
        List<Catalogue.Entry> entries = CATALOGUE.entries();

        // then
        assertThat(entries).hasSizeGreaterThanOrEqualTo(120);
        assertThat(entries).extracting(Catalogue.Entry::kind).containsAll(Set.of(ComponentKind.DATA_STORE,
                ComponentKind.OBJECT_STORE, ComponentKind.CACHE, ComponentKind.QUEUE, ComponentKind.IDENTITY_PROVIDER,
                ComponentKind.API_GATEWAY, ComponentKind.FUNCTION, ComponentKind.LLM, ComponentKind.VECTOR_STORE,
                ComponentKind.SECRETS_STORE, ComponentKind.CDN, ComponentKind.LOAD_BALANCER, ComponentKind.NOTEBOOK,
                ComponentKind.CI_CD, ComponentKind.LOGGING, ComponentKind.CONTAINER_PLATFORM,
                ComponentKind.ML_PIPELINE));
    }

    @Test
    void should_know_the_products_design_docs_name_most() {
        // given
        List<String> products = List.of("Postgres", "MySQL", "MongoDB", "Redis", "Kafka", "RabbitMQ", "SQS", "SNS",
                "S3", "Blob Storage", "DynamoDB", "Cognito", "Okta", "Auth0", "Entra ID", "Azure AD", "Keycloak",
                "Amazon API Gateway", "Lambda", "Azure Functions", "Cloud Run", "Kubernetes", "EKS", "AKS", "GKE",
                "CloudFront", "ALB", "ELB", "Nginx", "Amplify", "IoT Core", "Vault", "AWS Secrets Manager", "Key Vault",
                "KMS", "CloudWatch", "Jupyter", "SageMaker", "Azure ML", "OpenAI API", "Azure OpenAI", "Anthropic",
                "Bedrock", "Hugging Face", "Pinecone", "Weaviate", "pgvector", "Chroma", "GitHub Actions");

        // then
        for (String p : products) {
            assertThat(names("We use " + p + " here.")).as(p).hasSize(1);
        }
    }

    @Test
    void should_match_aliases_case_insensitively_on_word_boundaries() {
        assertThat(names("the app stores files in s3 and dynamodb")).extracting(m -> m.ref().name())
                .containsExactly("Amazon S3", "Amazon DynamoDB");
        assertThat(names("kubernetes-external-secrets and Kubernetes-friendly Golang")).isEmpty();
        assertThat(names("a postgresql-compatible store, S3-compatible too")).isEmpty();
    }

    @Test
    void should_prefer_the_longest_name() {
        assertThat(names("Azure Cache for Redis")).extracting(m -> m.ref().name())
                .containsExactly("Azure Cache for Redis");
        assertThat(kindNamed("the Kubernetes API server")).isEqualTo(ComponentKind.API);
        assertThat(names("Amazon API Gateway")).extracting(m -> m.ref().name()).containsExactly("Amazon API Gateway");
        assertThat(names("an API gateway")).extracting(m -> m.ref().name()).containsExactly("API Gateway");
    }

    @Test
    void should_match_common_words_only_with_the_product_capitalisation() {
        assertThat(names("hosted on AWS Amplify; Amplify Hosting")).hasSize(2);
        assertThat(names("this would amplify the risk on bedrock")).isEmpty();
        assertThat(names("secrets in cloud storage")).isEmpty();
    }

    @Test
    void should_refuse_an_entry_without_kind_or_a_repeated_name() {
        String yaml = "entries:\n  - {name: Redis, kind: CACHE}\n  - {name: redis, kind: CACHE}\n";

        assertThatThrownBy(() -> Catalogue.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("repeated");
    }
}

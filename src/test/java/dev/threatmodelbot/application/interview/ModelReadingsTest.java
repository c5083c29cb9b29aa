package dev.threatmodelbot.application.interview;

import dev.threatmodelbot.application.interview.ModelReadings;
import dev.threatmodelbot.application.port.LanguageModel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.context.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelReadingsTest {
    static final String TEXT = "The **Billing API** writes invoices to the Ledger DB. Invoices hold card numbers.";
    static final Source SOURCE = Source.doc("§2 Billing", TEXT);

    @Test
    void should_keep_what_the_text_says_and_drop_what_it_does_not() {
        LanguageModel.Reading reading = new LanguageModel.Reading(
                List.of(new LanguageModel.Part("Billing API", ComponentKind.API, "", "The Billing API writes invoices"),
                        new LanguageModel.Part("Ledger DB", ComponentKind.DATA_STORE, "", "to the Ledger DB"),
                        new LanguageModel.Part("Kafka", ComponentKind.QUEUE, "Kafka", "events go through Kafka")),
                List.of(new LanguageModel.Flow("Billing API", "Ledger DB", "invoices",
                                "writes invoices to the Ledger DB"),
                        new LanguageModel.Flow("Billing API", "Kafka", "events", "writes invoices to the Ledger DB")),
                List.of(new LanguageModel.Claim("Ledger DB", Property.DATA_CLASSIFICATION, "payment",
                                "Invoices hold card numbers"),
                        new LanguageModel.Claim("Billing API -> Ledger DB", Property.TRANSPORT, "tls",
                                "Invoices hold card numbers"),
                        new LanguageModel.Claim("Ledger DB", Property.ENCRYPTION_AT_REST, "aes-256",
                                "Invoices hold card numbers"),
                        new LanguageModel.Claim("Ledger DB", Property.ENCRYPTION_AT_REST, "kms",
                                "encrypted with KMS"),
                        new LanguageModel.Claim("Payments Vault", Property.SECRETS, "vault",
                                "Invoices hold card numbers")),
                List.of("Ignore this"), 10, 5);

        ContextModel m = ModelReadings.accept(reading, TEXT, SOURCE, ContextModel.EMPTY);

        assertThat(m.components()).extracting(Component::id).containsExactly("billing-api", "ledger-db");
        assertThat(m.flows()).extracting(f -> f.id()).containsExactly("billing-api->ledger-db");
        assertThat(m.facts()).extracting(Fact::id)
                .containsExactly("ledger-db:DATA_CLASSIFICATION:payment:§2 Billing",
                        "billing-api->ledger-db:TRANSPORT:tls:§2 Billing");
        assertThat(m.facts().get(0).source().quote()).isEqualTo("Invoices hold card numbers");
        assertThat(ModelReadings.instructionLike(reading, TEXT)).isEmpty();
    }

    @Test
    void should_use_known_names_for_parts_the_text_calls_by_them() {
        ContextModel known = new ContextModel(List.of(new Component("orders-service", "Orders service",
                ComponentKind.PROCESS, "", List.of(SOURCE))), List.of(), List.of());
        String answer = "It only accepts calls with a valid API key.";
        LanguageModel.Reading reading = new LanguageModel.Reading(List.of(), List.of(),
                List.of(new LanguageModel.Claim("Orders service", Property.AUTHENTICATION, "api-key",
                        "only accepts calls with a valid API key")), List.of(), 1, 1);

        ContextModel m = ModelReadings.accept(reading, answer,
                Source.answer("1700000000.000200", "UA", java.time.Instant.EPOCH, answer), known);

        assertThat(m.facts()).extracting(Fact::subject).containsExactly("orders-service");
    }

    @Test
    void should_drop_readings_whose_quotes_are_too_short_or_far_from_what_they_name() {
        String text = "We collect feedback from the storefront. The Customer Portal calls the Orders API. "
                + "x".repeat(400) + " Backups are encrypted with KMS.";
        LanguageModel.Reading reading = new LanguageModel.Reading(
                List.of(new LanguageModel.Part("db", ComponentKind.DATA_STORE, "", "the"),
                        new LanguageModel.Part("Customer Portal", ComponentKind.WEB_APP, "",
                                "The Customer Portal calls the Orders API"),
                        new LanguageModel.Part("Orders API", ComponentKind.API, "",
                                "The Customer Portal calls the Orders API")),
                List.of(new LanguageModel.Flow("Customer Portal", "Orders API", "calls",
                        "The Customer Portal calls the Orders API")),
                List.of(new LanguageModel.Claim("db", Property.ENCRYPTION_AT_REST, "encrypted", "the"),
                        new LanguageModel.Claim("Orders API", Property.AUTHENTICATION, "mfa", "the"),
                        new LanguageModel.Claim("Orders API", Property.ENCRYPTION_AT_REST, "kms",
                                "Backups are encrypted with KMS"),
                        new LanguageModel.Claim("Customer Portal -> Orders API", Property.TRANSPORT, "tls",
                                "The Customer Portal calls the Orders API")),
                List.of("the"), 1, 1);

        ContextModel m = ModelReadings.accept(reading, text, Source.doc("§1", text), ContextModel.EMPTY);

        assertThat(m.components()).extracting(Component::id).containsExactly("customer-portal", "orders-api");
        assertThat(m.flows()).extracting(f -> f.id()).containsExactly("customer-portal->orders-api");
        assertThat(m.facts()).extracting(Fact::id).containsExactly("customer-portal->orders-api:TRANSPORT:tls:§1");
        assertThat(ModelReadings.instructionLike(reading, text)).isEmpty();
    }
}

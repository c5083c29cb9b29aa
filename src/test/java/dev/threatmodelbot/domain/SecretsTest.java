package dev.threatmodelbot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "the key is AKIAIOSFODNN7EXAMPLE for now",
        "DB_PASSWORD=Hunter2!Secret99",
        "export PGPASSWORD=Sup3rS3cret!",
        "adminPassword: Winter2026!",
        "Authorization: Basic dXNlcjpwYXNzd29yZDEyMw==",
        "the API token is abcdefghijklmnopqrstuvwx",
        "npm_abcdefghijklmnopqrstuvwxyz0123456789",
        "glpat-abcdefghij0123456789",
        "password: 'Sup3rS3cret!'",
        "api_key = 9f8e7d6c5b4a39281706",
        "connect with postgres://orders:pa55w0rd-x@db.internal:5432/orders",
        "Server=db;Database=orders;User Id=app;Password=Winter2026!;",
        "Authorization: Bearer abcdefghijklmnop1234567890",
        "slack token xoxb-1234567890-abcdefghijkl",
        "github ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "openai sk-proj-abcdefghijklmnopqrstuvwx",
        "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----"})
    void should_redact_secrets(String text) {
        String redacted = Secrets.redact(text);
        assertThat(redacted).contains("[redacted");
        assertThat(redacted).doesNotContain("AKIAIOSFODNN7EXAMPLE").doesNotContain("Hunter2!Secret99")
                .doesNotContain("Sup3rS3cret!").doesNotContain("pa55w0rd-x").doesNotContain("Winter2026!")
                .doesNotContain("MIIEowIBAAKCAQEA").doesNotContain("abcdefghijklmnop1234567890")
                .doesNotContain("dXNlcjpwYXNzd29yZDEyMw").doesNotContain("abcdefghijklmnopqrstuvwx")
                .doesNotContain("glpat-abcdefghij0123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Passwords are hashed with bcrypt and the password is rotated monthly.",
        "We use a token from Cognito; the API key lives in Secrets Manager.",
        "The Orders service calls https://payments.internal/charge over TLS."})
    void should_leave_talk_about_secrets_alone(String text) {
        assertThat(Secrets.redact(text)).isEqualTo(text);
        assertThat(Secrets.present(text)).isFalse();
    }
}

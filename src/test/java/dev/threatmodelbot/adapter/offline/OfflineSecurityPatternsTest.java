package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodelbot.domain.context.Property;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflineSecurityPatternsTest {
    static final SecurityPatterns PATTERNS = SecurityPatterns.packaged();

    static List<String> stated(String sentence) {
        return PATTERNS.find(sentence).stream().map(h -> h.property() + "=" + h.value()).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The orders table is not encrypted.                 | ENCRYPTION_AT_REST=none
            The API uses X-Team-User if it is present, otherwise the IAP header. | AUTHENTICATION=trusts-header
            The caller's identity is taken from X-Forwarded-User.        | AUTHENTICATION=trusts-header
            The Planner takes the user's identity from X-Auth-Email.     | AUTHENTICATION=trusts-header
            Fetches a URL and returns its text.                           | EXTERNAL_CONTENT=user-url
            Anyone can say @Beacon learn <url> in a channel.              | EXTERNAL_CONTENT=user-url
            Any hostname or IP address is accepted for HTTP probes.      | EXTERNAL_CONTENT=user-url
            The redirector will accept any https:// URL.                  | EXTERNAL_CONTENT=user-url
            The bot accepts every invitation, including ones from outside.| EXTERNAL_CONTENT=fetched
            The hook client follows redirects to link-local addresses.    | EXTERNAL_CONTENT=user-url
            The thread goes into the prompt exactly as received.         | EXTERNAL_CONTENT=fetched
            The vendor address accepts mail from any external sender.     | EXTERNAL_CONTENT=fetched
            We paste knowledge-base articles verbatim into the prompt.    | EXTERNAL_CONTENT=fetched
            The returned rows go back to the model as context.           | EXTERNAL_CONTENT=fetched
            The proxy forwards the request with an X-User-Email header, which the Orchestrator uses as the caller identity. | AUTHENTICATION=trusts-header
            The worker assembles the prompt from the system prompt, the diff and the last 20 comments. | EXTERNAL_CONTENT=fetched
            Prompt = sys prompt + top-5 chunks (pasted verbatim) + user question. | EXTERNAL_CONTENT=fetched
            The prompt is assembled: system prompt, retrieved chunks with titles, and the question. | EXTERNAL_CONTENT=fetched
            fetch_page(url) fetches a URL so that the assistant can read a wiki page the user pasted. | EXTERNAL_CONTENT=user-url
            The URL is allowed if its hostname contains corp.example.com.           | EXTERNAL_CONTENT=user-url
            Models are logged with `mlflow.pyfunc` (cloudpickle) to the tracking server. | DATA_CLASSIFICATION=model-files
            The Report Auto-Labeler turns user reports into weak labels.           | DATA_PROVENANCE=user-supplied
            The Web Crawler scrapes public brand-protection pages for example images. | DATA_PROVENANCE=public
            Listings are labeled by an external labeling vendor.                    | DATA_PROVENANCE=third-party
            The bucket isn't encrypted.                        | ENCRYPTION_AT_REST=none
            The API is reachable without authentication.       | AUTHENTICATION=none
            We don't use TLS between the services.             | TRANSPORT=plain
            Calls go over plain HTTP.                          | TRANSPORT=plain
            The callback uses HTTP (not HTTPS).                | TRANSPORT=plain
            There is no auth on the admin port.                | AUTHENTICATION=none
            The metrics endpoint is unauthenticated.           | AUTHENTICATION=none
            Authentication is not required for health checks.  | AUTHENTICATION=none
            Traffic is sent without TLS.                       | TRANSPORT=plain
            Public access is fully blocked.                    | EXPOSURE=internal
            The flag is "encrypted": false in the export.      | ENCRYPTION_AT_REST=none
            """)
    void should_read_denials_as_the_absent_control(String sentence, String expected) {
        assertThat(stated(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Services talk over mTLS.                           | TRANSPORT=mtls
            They use mutual TLS.                               | AUTHENTICATION=mtls
            Only TLS 1.2 is accepted.                          | TRANSPORT=tls
            The site is served over HTTPS.                     | TRANSPORT=tls
            Keys are held in KMS.                              | ENCRYPTION_AT_REST=kms
            Data is encrypted at rest.                         | ENCRYPTION_AT_REST=encrypted
            S3 server-side encryption is on.                   | ENCRYPTION_AT_REST=encrypted
            It is a public bucket.                             | EXPOSURE=public
            The dashboard is publicly accessible.              | EXPOSURE=public
            An internet-facing load balancer.                  | EXPOSURE=public
            Workers run in a private subnet.                   | EXPOSURE=internal
            The console is VPN only.                           | EXPOSURE=vpn
            It stores PII.                                     | DATA_CLASSIFICATION=pii
            Profiles hold personal data.                       | DATA_CLASSIFICATION=pii
            Customers enter credit card numbers.               | DATA_CLASSIFICATION=payment
            The PAN is tokenised.                              | DATA_CLASSIFICATION=payment
            It stores passwords.                               | DATA_CLASSIFICATION=credentials
            Partners send an API key.                          | DATA_CLASSIFICATION=credentials
            Clients authenticate with an API key.              | AUTHENTICATION=api-key
            The answer is rendered as Markdown in the widget.  | OUTPUT_HANDLING=shown
            The app renders the model's reply as HTML.         | OUTPUT_HANDLING=shown
            Users add the RSS feeds they want.                 | EXTERNAL_CONTENT=user-url
            Retrieved passages are inserted into the prompt.   | EXTERNAL_CONTENT=fetched
            Customers upload photos of the damage.             | EXTERNAL_CONTENT=upload
            It is built on open-source libraries.              | EXTERNAL_CONTENT=dependencies
            Charts pull dependencies from public chart repositories. | EXTERNAL_CONTENT=dependencies
            Redis has no password.                             | AUTHENTICATION=none
            Render requests go over gRPC, plaintext inside the cluster. | TRANSPORT=plain
            The Scoring Service has no rate limiting.          | RATE_LIMITING=none
            The API is exposed through an ingress on the internet. | EXPOSURE=public
            Login uses OAuth 2.0.                              | AUTHENTICATION=oauth
            Login uses OIDC.                                   | AUTHENTICATION=oauth
            Staff sign in through SSO.                         | AUTHENTICATION=sso
            Admins need MFA.                                   | AUTHENTICATION=mfa
            Requests carry a JWT.                              | AUTHENTICATION=token
            The function assumes an IAM role.                  | AUTHENTICATION=iam
            Access follows RBAC.                               | AUTHORIZATION=rbac
            Access follows ABAC.                               | AUTHORIZATION=abac
            Roles follow least privilege.                      | AUTHORIZATION=least-privilege
            Each client has a rate limit.                      | RATE_LIMITING=enabled
            The gateway applies throttling.                    | RATE_LIMITING=enabled
            Every change lands in an audit log.                | LOGGING=audit
            CloudTrail is on.                                  | LOGGING=audit
            The API does input validation.                     | INPUT_VALIDATION=validated
            We sanitize all HTML.                              | INPUT_VALIDATION=sanitised
            Credentials live in Secrets Manager.               | SECRETS=secrets-manager
            The token is hard-coded in the app.                | SECRETS=code
            The key comes from an environment variable.        | SECRETS=env
            """)
    void should_state_the_control_a_phrase_names(String sentence, String expected) {
        assertThat(stated(sentence)).contains(expected);
    }

    @Test
    void should_keep_a_turned_clause_positive() {
        assertThat(stated("There is no VPN, but all traffic uses TLS.")).contains("TRANSPORT=tls")
                .doesNotContain("TRANSPORT=plain");
    }

    @Test
    void should_not_read_lookalike_words_as_controls() {
        assertThat(stated("The response includes the HTTP response code and the vehicle id.")).isEmpty();
        assertThat(stated("Images are split into training and validation sets."))
                .as("what the images are, not input validation").containsExactly("DATA_CLASSIFICATION=training-data");
        assertThat(stated("We prevent unauthorized access.")).isEmpty();
        assertThat(stated("Workers may send to 0.0.0.0/0 on 443 for outbound egress.")).doesNotContain("EXPOSURE=public");
        assertThat(stated("The source-IP allowlist is \"TBD w/ network team\".")).doesNotContain("INPUT_VALIDATION=validated",
                "AUTHORIZATION=acl");
        assertThat(stated("In-transit encryption and AUTH are not enabled on the cache.")).doesNotContain("TRANSPORT=tls");
        assertThat(stated("The server can emit audit events to a file.")).doesNotContain("LOGGING=audit");
        assertThat(stated("TLS is no longer optional between the services.")).contains("TRANSPORT=tls");
    }

    @Test
    void should_refuse_a_value_outside_the_property_vocabulary() {
        String yaml = "patterns:\n  - {property: TRANSPORT, value: ssl, regex: ['SSL']}\n";

        assertThatThrownBy(() -> SecurityPatterns.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("TRANSPORT has no value 'ssl'");
        assertThat(SecurityPatterns.VOCABULARY).containsOnlyKeys(Property.values());
    }

    @Test
    void should_read_card_and_location_details_as_the_sensitive_data_they_are() {
        assertThat(stated("The push shows the merchant, amount and the last four digits of the card."))
                .contains("DATA_CLASSIFICATION=payment");
        assertThat(stated("The wallet keeps a card token per device.")).contains("DATA_CLASSIFICATION=payment");
        assertThat(stated("The app uploads the precise location history of drivers.")).contains("DATA_CLASSIFICATION=pii");
        assertThat(stated("The service keeps Object Lock on the audit bucket.")).contains("TAMPER_PROTECTION=immutable");
    }

    @Test
    void should_read_an_optional_second_factor_and_a_choice_of_http_as_the_gaps_they_leave() {
        assertThat(stated("MFA (TOTP) is available but optional for every user, including Tenant Admins."))
                .contains("AUTHENTICATION=single-factor").doesNotContain("AUTHENTICATION=mfa");
        assertThat(stated("Staff sign in with MFA.")).contains("AUTHENTICATION=mfa");
        assertThat(stated("Webhooks go to the tenant's URL over HTTPS or HTTP (tenant's choice)."))
                .contains("TRANSPORT=plain").doesNotContain("TRANSPORT=tls");
    }

    @Test
    void should_read_request_quotas_ownership_by_token_and_unfiltered_urls() {
        assertThat(stated("Kong enforces 600 requests/minute per API key.")).contains("RATE_LIMITING=enabled");
        assertThat(stated("The Results API checks that the patient_id in the access token matches the {id} in the path."))
                .contains("AUTHORIZATION=acl");
        assertThat(stated("The dispatcher accepts any URL, follows redirects, and does not block private or link-local "
                + "address ranges.")).contains("EXTERNAL_CONTENT=user-url");
        assertThat(stated("`fetch_url` is not restricted to Confluence/Jira hosts in code.")).contains("EXTERNAL_CONTENT=user-url");
    }

    @Test
    void should_read_wildcard_and_admin_grants_as_over_broad() {
        assertThat(gaps("The PDF Renderer's instance role currently has s3:* on the whole Invoice Bucket."))
                .contains("AUTHORIZATION=over-broad");
        assertThat(gaps("The svc-askeng account is a Confluence admin and a Jira admin.")).contains("AUTHORIZATION=over-broad");
        assertThat(gaps("The operator's service account is bound to cluster-admin.")).contains("AUTHORIZATION=over-broad");
        assertThat(gaps("The promotion controller was given a ClusterRole, so it can patch Deployments in any namespace."))
                .contains("AUTHORIZATION=over-broad");
        assertThat(gaps("Admins can reset passwords.")).doesNotContain("AUTHORIZATION=over-broad");
    }

    static List<String> gaps(String sentence) {
        return Weaknesses.find(sentence).stream().map(h -> h.property() + "=" + h.value()).distinct().toList();
    }

    @Test
    void should_read_refusing_what_fails_a_check_as_the_check() {
        String refuses = "OTA packages are signed and the TCU refuses packages whose signature does not verify.";
        assertThat(stated(refuses)).doesNotContain("TAMPER_PROTECTION=unsigned");
        assertThat(gaps(refuses)).doesNotContain("TAMPER_PROTECTION=unsigned");
        assertThat(gaps("The gateway rejects tokens that are not signed by our IdP.")).doesNotContain("TAMPER_PROTECTION=unsigned");
        assertThat(gaps("We reject unsigned responses and check the audience.")).doesNotContain("TAMPER_PROTECTION=unsigned");
    }

    @Test
    void should_read_logged_bodies_and_an_audit_table_its_writer_owns_as_gaps() {
        assertThat(gaps("The gateway writes an access log line for every request, including the request and response bodies, "
                + "to the central log pipeline.")).contains("LOGGING=payloads");
        assertThat(gaps("The P2P service writes an audit row for each payment; the service's database user owns the audit table."))
                .contains("LOGGING=mutable");
        assertThat(gaps("The gateway logs the request id and status only.")).doesNotContain("LOGGING=payloads");
    }

    @Test
    void should_read_one_identity_for_all_and_device_bound_tokens() {
        assertThat(gaps("All user notebook pods run under one Kubernetes service account, lattice-nb.")).contains("AUTHENTICATION=shared");
        assertThat(stated("Every call carries an access token bound to the device key created at enrolment."))
                .contains("AUTHENTICATION=bound");
    }

    @Test
    void should_read_races_uncapped_requests_and_one_person_actions_as_gaps() {
        assertThat(gaps("The limits service does a read, then a write. Two payments submitted at the same moment can both "
                + "pass the check.")).contains("AUTHORIZATION=racy");
        assertThat(gaps("There is no cap on the number of payment requests a customer can send.")).contains("RATE_LIMITING=none");
        assertThat(gaps("Reversals up to £5,000 can be made by a single support agent.")).contains("AUTHORIZATION=no-approval");
    }

    @Test
    void should_not_read_secrets_kept_out_of_the_environment_as_secrets_in_it() {
        String kept = "Secrets are rendered into a tmpfs volume, never into Kubernetes Secret objects, and never into "
                + "environment variables.";
        assertThat(gaps(kept)).doesNotContain("SECRETS=env");
        assertThat(stated(kept)).doesNotContain("SECRETS=env");
        assertThat(gaps("The API key is passed to the worker in an environment variable.")).contains("SECRETS=env");
    }

    @Test
    void should_read_a_login_denied_as_someone_else_as_a_restriction() {
        String bound = "Vault roles are bound to a namespace, so a pod in namespace payments cannot log in as search.";
        assertThat(stated(bound)).doesNotContain("AUTHENTICATION=none");
        assertThat(gaps(bound)).doesNotContain("AUTHENTICATION=none");
        assertThat(stated("The admin page has no login.")).contains("AUTHENTICATION=none");
    }

    @Test
    void should_read_a_built_in_admin_account_left_on_and_an_unchecked_webhook_signature_as_gaps() {
        assertThat(gaps("The built-in Argo CD `admin` local account is still enabled; its password is in a vault."))
                .contains("AUTHENTICATION=shared");
        assertThat(gaps("The webhook endpoint does not yet verify the `X-Hub-Signature-256` header."))
                .contains("TAMPER_PROTECTION=unsigned");
    }

    @Test
    void should_read_mfa_off_by_default_bypassed_filters_fixed_exchanges_and_checksum_only_updates_as_gaps() {
        String optional = "Property managers log in with email and password; MFA can be enabled per account but is off by default.";
        assertThat(stated(optional)).contains("AUTHENTICATION=single-factor").doesNotContain("AUTHENTICATION=mfa");
        assertThat(gaps("SQL Lab bypasses these filters, so any analyst can query every region.")).contains("AUTHORIZATION=none");
        assertThat(gaps("The lock does not issue a challenge; the exchange is the same each time.")).contains("TAMPER_PROTECTION=replayable");
        assertThat(gaps("The hub checks its SHA-256 against the value in the notice before installing it."))
                .contains("TAMPER_PROTECTION=unsigned");
        assertThat(gaps("The hub checks the signature and the SHA-256 before installing it.")).doesNotContain("TAMPER_PROTECTION=unsigned");
    }

    @Test
    void should_read_magic_links_and_passkeys_as_passwordless_sign_in() {
        assertThat(stated("Patients log in with an Auth0 magic link.")).contains("AUTHENTICATION=passwordless");
        assertThat(stated("Staff sign in with passkeys.")).contains("AUTHENTICATION=passwordless");
    }

    @Test
    void should_read_an_unchecked_owner_as_missing_authorisation() {
        assertThat(gaps("The accept endpoint doesn't check that the job was actually offered to the calling courier — any "
                + "courier with a valid JWT can accept any job ID that's still open.")).contains("AUTHORIZATION=none");
    }
}

package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.Source;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Weakness statements in any wording read as gaps of a fixed set of controls, each drafted as a stated threat. */
class OfflineStatedGapsTest {

    private static List<String> gaps(String sentence) {
        return Weaknesses.find(sentence).stream().map(h -> h.property() + "=" + h.value()).toList();
    }

    private static List<Threat> drafted(String doc) {
        ContextModel m = OfflineFactExtractor.packaged().extract(doc, Source.doc("§1", doc), ContextModel.EMPTY);
        return RuleThreatDrafter.packaged().draft(m);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Delivery receipts from the courier are not replay-protected.           | TAMPER_PROTECTION=replayable
            Refunds above the limit go out without a second approver.              | AUTHORIZATION=no-approval
            The signing secret for partner calls is static.                         | SECRETS=static
            The password for the loyalty database has never been rotated.           | SECRETS=static
            Meter readings travel in cleartext over the field radio.                | TRANSPORT=plain
            Attachments from suppliers are not scanned.                             | INPUT_VALIDATION=none
            Egress from the build runners is unrestricted.                          | EXPOSURE=open-egress
            The deploy key sits in an environment variable on every runner.         | SECRETS=env
            Contractor badges keep working after offboarding for a week.            | AUTHENTICATION=no-revocation
            The event log is writable by the booking service.                       | LOGGING=mutable
            The limit check fails open when the cache is down.                      | AUTHORIZATION=fails-open
            All kiosks share a single service account to call the booking service. | AUTHENTICATION=shared
            Second factor for tenants is not enabled.                               | AUTHENTICATION=single-factor
            Shipment webhooks are unsigned.                                         | TAMPER_PROTECTION=unsigned
            There is no throttling on the quote endpoint.                           | RATE_LIMITING=none
            Scanned passports are kept indefinitely in the archive.                 | DATA_CLASSIFICATION=retained
            The download link stays valid for 30 days after it is sent.            | AUTHENTICATION=bearer-link
            The invite link is not tied to a device or a login.                     | AUTHENTICATION=bearer-link
            Anyone who has the share URL can open the folder.                       | AUTHENTICATION=bearer-link
            Guest links never expire.                                               | AUTHENTICATION=bearer-link
            From the Saved screen anyone in the company can open the share link.    | AUTHENTICATION=bearer-link
            Replies are rendered with react-markdown plus rehype-raw.               | INPUT_VALIDATION=raw-html
            The operator's default ClusterRole grants all verbs on all resources.   | AUTHORIZATION=over-broad
            The service role is broader than the roles most analysts hold.          | AUTHORIZATION=over-broad
            Kustomize runs with --enable-exec so that exec plugins work.            | INPUT_VALIDATION=runs-untrusted
            The loader passes trust_remote_code=True for the hub model.             | INPUT_VALIDATION=runs-untrusted
            The seeder copies every Secret in the seeds namespace into each preview. | SECRETS=spread
            The sensor profile has frame-counter validation switched off.           | TAMPER_PROTECTION=replayable
            The bundled Redis runs with no requirepass.                             | AUTHENTICATION=none
            The mail hose ignores Authentication-Results and DMARC.                | AUTHENTICATION=none
            Reset links are reusable for 72 hours.                                  | AUTHENTICATION=bearer-link
            A password change doesn't end other sessions.                           | AUTHENTICATION=no-revocation
            The renderer is markdown-it with html=True.                             | INPUT_VALIDATION=raw-html
            The token key is stored as-is so the Reveal button can show it.        | SECRETS=plaintext
            There is no per-sender cap on drafting.                                 | RATE_LIMITING=none
            Hidden components are filtered only in `embed.js`.                      | AUTHORIZATION=client-side
            The v1 write endpoints don't check the object's page.                   | AUTHORIZATION=none
            The request-log middleware records the full path of every call.         | LOGGING=payloads
            The provider can sign callbacks, but we have not turned that on yet.    | TAMPER_PROTECTION=unsigned
            The admission webhook is registered with failurePolicy: Ignore.         | AUTHORIZATION=fails-open
            The controller has get/list on secrets, cluster-wide.                   | AUTHORIZATION=over-broad
            It may update webhook configurations, not limited by resourceNames.    | AUTHORIZATION=over-broad
            The broker user has configure/write/read on .* in the vhost.            | AUTHORIZATION=over-broad
            The app role has SELECT/INSERT/UPDATE/DELETE on every table.            | AUTHORIZATION=over-broad
            The common Secret is mounted into every pod of the namespace.           | SECRETS=spread
            Events are logged at INFO, payload included.                            | LOGGING=payloads
            Adjustments only write to stdout.                                       | LOGGING=none
            Staging and production share the same key.                              | AUTHENTICATION=shared
            Weights are fetched with revision: main when a pod starts.              | TAMPER_PROTECTION=unsigned
            Base images are pulled from Docker Hub by tag.                          | TAMPER_PROTECTION=unsigned
            Webhooks are accepted if the source IP is in the provider's ranges.     | AUTHENTICATION=source-ip
            The sync account has domain-wide delegation for Drive.                  | AUTHORIZATION=over-broad
            The worker trusts the tenant ID in the message body.                    | AUTHORIZATION=trusts-client
            The collector does not check user_id against the login token.           | AUTHORIZATION=none
            The builder reads `.ci.yaml` from that commit before running checks.   | AUTHORIZATION=untrusted-config
            The API returns every order; the app hides cancelled ones before rendering. | AUTHORIZATION=client-side
            The refund limit is only checked in the mobile app.                     | AUTHORIZATION=client-side
            Confirmation is a client-side check.                                    | AUTHORIZATION=client-side
            The hub reads the `role` field in the join message to decide who may kick others. | AUTHORIZATION=trusts-client
            The map key is shipped in the iOS and Android app config.               | SECRETS=client
            The SMTP password is hard-coded in the worker.                          | SECRETS=code
            The relay logs full SDP offers at INFO level.                           | LOGGING=payloads
            The gateway logs requests, which include caller IP addresses and emails. | LOGGING=payloads
            Shared kiosks do not record which clerk made the change.                | LOGGING=none
            The audit trail only shows "guest".                                     | LOGGING=none
            MFA is offered but optional for client users.                           | AUTHENTICATION=single-factor
            The proxy captures full request and response bodies.                    | LOGGING=payloads
            It does not separately check that the requested docId belongs to that matter. | AUTHORIZATION=none
            The listing endpoints do not consult the wall table themselves.         | AUTHORIZATION=none
            The team kept the wall logic in one place on the client.                | AUTHORIZATION=client-side
            The API returns every matter with a flag, and the portal leaves flagged ones out of the list. | AUTHORIZATION=client-side
            The API key is in settings.json, which is committed to the billing Azure DevOps repository. | SECRETS=code
            The connector runs as a service account with read/write on all workspaces. | AUTHORIZATION=over-broad
            Admins can use Clear noise, which deletes selected audit rows.         | LOGGING=mutable
            Shares are pre-signed URLs as well, but long-lived.                     | AUTHENTICATION=bearer-link
            The gateway passes the session user through but does not compare it with the order's owner. | AUTHORIZATION=none
            Signature verification was turned off during the pilot.                 | TAMPER_PROTECTION=unsigned
            The provider API key is in `values-prod.yaml` in the deploy repo.       | SECRETS=config
            The viewer's renderer is configured with `allowHtml: true`.             | INPUT_VALIDATION=raw-html
            It ships with the username `admin` and a default password printed on the label. | AUTHENTICATION=default-password
            The tunnel authenticates with a key pair baked into the image, the same for every gateway. | AUTHENTICATION=shared
            When a unit is returned, its certificate is not automatically deactivated. | AUTHENTICATION=no-revocation
            The Command API does not re-check the value range, because the slider already constrains it. | AUTHORIZATION=client-side
            The policy allows `iot:Publish` on `fleet/*`.                           | AUTHORIZATION=over-broad
            The tool writes any property on any object at any priority.            | AUTHORIZATION=over-broad
            Links are signed with the account key, so a single link cannot be revoked. | AUTHENTICATION=no-revocation
            The BACnet listener binds to all interfaces, so it answers on both NICs. | EXPOSURE=admin-exposed
            The Spring actuator endpoints are exposed to the internet.              | EXPOSURE=admin-exposed
            Staff passwords are hashed with unsalted SHA-1.                          | AUTHENTICATION=weak-hash
            Refresh tokens are valid for 90 days.                                   | AUTHENTICATION=long-lived
            Sessions never expire.                                                  | AUTHENTICATION=no-revocation
            The API sets Access-Control-Allow-Origin: * on every response.          | AUTHORIZATION=any-origin
            CSRF protection is disabled for the admin forms.                        | AUTHORIZATION=any-origin
            The importer calls the partner API with verify=False.                   | TRANSPORT=unverified
            Certificate validation is turned off for the internal CA.               | TRANSPORT=unverified
            Report filters are built by string concatenation into the SQL query.    | INPUT_VALIDATION=none
            Community Q&A posts are not reviewed before indexing.                   | INPUT_VALIDATION=none
            Documents are identified by an auto-incrementing integer `docId`.       | AUTHORIZATION=guessable-id
            The refund threshold is expressed in the system prompt so the model can explain it. | AUTHORIZATION=prompt-only
            Instead, the system prompt tells the model to discuss only the customer's orders. | AUTHORIZATION=prompt-only
            Guests give an email and an order number; there is no attempt counter. | RATE_LIMITING=none
            Hotfix edits are logged to stdout rather than written to `audit_events`. | LOGGING=none
            Deploy private keys are stored in `repo_credentials.private_key` as plaintext. | SECRETS=plaintext
            NB: it is also in `.env` in the `orders-ingest` repo, left over from the spike. | SECRETS=code
            The core pack is pulled from the `main` branch of `acme/rules` every six hours. | TAMPER_PROTECTION=unsigned
            At `debug`, it also prints candidate matches.                            | LOGGING=payloads
            The quickstart leaves `webhook.secret` empty so that local testing works. | TAMPER_PROTECTION=unsigned
            There are no per-repository budgets yet; the Gateway only honours the provider's own rate limits. | RATE_LIMITING=none
            For pull requests, the commit being scanned is the PR head, so contributors can tune rules. | AUTHORIZATION=untrusted-config
            Night-shift nurses use the shared front desk login `ward-desk` on the ward PCs. | AUTHENTICATION=shared
            Every pump uses one broker password that all pumps on the floor share.  | AUTHENTICATION=shared
            Admins reach the hosts with a root key pair, which the whole platform team shares. | AUTHENTICATION=shared
            To spare re-logins the kiosk keeps the operator's session for up to 10 hours. | AUTHENTICATION=long-lived
            The scheduler uses the tenant ID from the job payload to load the customer's records. | AUTHORIZATION=trusts-client
            The sync job holds the Graph `Files.ReadWrite.All` application permission. | AUTHORIZATION=over-broad
            Refund limits are checked in the admin UI only.                          | AUTHORIZATION=client-side
            The backup script reads the storage key held in its app settings.        | SECRETS=config
            The gateway does not apply any per-tenant limit on uploads.              | RATE_LIMITING=none
            API Gateway throttling limits are left at the defaults.                  | RATE_LIMITING=none
            Pumps publish readings over plain MQTT to the ward hub.                  | TRANSPORT=plain
            TLS was dropped on the radio link to save battery.                       | TRANSPORT=plain
            The reporting job connects to the warehouse with sslmode=require.        | TRANSPORT=unverified
            Operators can edit or delete events in the history view.                 | LOGGING=mutable
            Provenance records are not written for generated summaries.             | LOGGING=none
            Prompts may be retained by the provider for 30 days.                     | DATA_CLASSIFICATION=retained
            We do not filter the model's output before it is shown.                  | OUTPUT_HANDLING=shown
            The three parsers share the `parsers` Kubernetes service account.        | AUTHENTICATION=shared
            The export user holds ERP authorisations for all company codes.         | AUTHORIZATION=over-broad
            The worker role has read on `secret/billing/*`.                          | AUTHORIZATION=over-broad
            Broker ACLs will follow after go-live; every consumer uses the same principal. | AUTHENTICATION=shared
            The chat page loads images from any URL in the model's output.          | OUTPUT_HANDLING=shown
            The identity service issues a 90-day refresh token to every device.     | AUTHENTICATION=long-lived
            The LDAP filter is assembled from a template by string replacement of the user name. | INPUT_VALIDATION=none
            The sync user has the "Admin" role, because the limited "Reader" role could not export. | AUTHORIZATION=over-broad
            The key sits in the Logic App's app settings until the move.             | SECRETS=config
            The meter firmware does not validate the server certificate chain, only its dates. | TRANSPORT=unverified
            Notes are rendered as Markdown; HTML passthrough is left on for older notes. | INPUT_VALIDATION=raw-html
            The sync account has read/write access across the whole document store. | AUTHORIZATION=over-broad
            Without a chosen case, the case number is taken from the email's subject line. | AUTHORIZATION=trusts-client
            The answer index is shared across all tenants to improve recall.        | AUTHORIZATION=none
            We do not impose a file-size limit on uploads to the summariser.         | RATE_LIMITING=none
            """)
    void should_read_a_weakness_statement_as_the_gap_of_its_control(String sentence, String gap) {
        assertThat(gaps(sentence)).contains(gap);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "A nonce and a timestamp in every receipt prevent replay.",
        "The push worker follows redirects and does not log response bodies.",
        "Egress is blocked except to the payment provider.",
        "The signing secret is rotated every 30 days.",
        "Attachments are scanned for malware before anyone opens them.",
        "Every refund needs a second approver.",
        "The event log is append-only.",
        "Access tokens are valid for 15 minutes and bound to the device.",
        "The server filters the results by tenant before returning them.",
        "Client-side validation is repeated on the server.",
        "Patients can browse slots before logging in.",
        "Every admin action is recorded with who did it.",
        "Keys are kept in Secrets Manager and fetched at start-up.",
        "MFA is enforced for every account.",
        "Each tenant gets write access to its own bucket only.",
        "The API key is kept in Key Vault and referenced from values.yaml by name.",
        "Replies are rendered as Markdown with HTML escaped.",
        "The default password must be changed at first login.",
        "Each gateway has its own key pair.",
        "Access tokens expire after 15 minutes.",
        "Passwords are hashed with Argon2id.",
        "CORS allows only the storefront origin.",
        "All queries use bound parameters.",
        "The admin port listens on the management VLAN only.",
        "Raw HTML in model output is stripped.",
        "Order ids are random UUIDs.",
        "The gateway enforces the refund limit in code; the prompt only explains it.",
        "Families and small teams who want to share a few logins can run the sync server.",
        "It has not yet been reviewed by an outside party.",
        "A listing reported by three accounts within 24 hours is labeled prohibited without human review.",
        "Leakwarden is a GitHub App that finds credentials committed to source repositories.",
        "The secret column is plaintext in the events table.",
        "Rendered manifests are included in the release bundle with their secrets.",
        "Customer (signed in) and Guest (not signed in) talk to the assistant.",
        "The vendor portal cannot do certificate auth, so its account uses an API key.",
        "Their platform cannot do key auth, so the bank's user signs in with a password.",
        "Sessions expire after 15 minutes of inactivity and do not survive a restart.",
        "Each nurse signs in with their own account; no login is shared.",
        "Admins can delete users who left the company.",
        "We filter the model's output for HTML before it is shown.",
        "The identity service issues a 10-minute access token.",
        "The door allow-list is published as a retained message.",
    })
    void should_not_read_a_control_in_place_as_a_gap(String sentence) {
        assertThat(gaps(sentence)).isEmpty();
    }

    @Test
    void should_draft_a_stated_gap_as_a_certain_threat_on_its_part_quoting_the_doc() {
        // given: a gap stated in words no rule was written for
        String doc = """
                The Courier gateway receives delivery receipts from couriers and writes them to the Orders DB.

                Known gaps:
                - The Courier gateway may call out to any host on the internet; its egress is unrestricted.
                """;

        // when
        List<Threat> threats = drafted(doc);

        // then
        assertThat(threats).filteredOn(t -> t.rule().equals("gap-open-egress")).singleElement().satisfies(t -> {
            assertThat(t.subjects()).containsExactly("courier-gateway");
            assertThat(t.title()).contains("Courier gateway").contains("its egress is unrestricted");
            assertThat(t.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(t.attack()).isEqualTo("data-disclosure");
            assertThat(t.evidence()).singleElement().asString().contains("EXPOSURE:open-egress");
        });
    }

    @Test
    void should_not_repeat_a_gap_a_rule_already_drafts_on_the_same_part() {
        // given: replay stated possible, which the replay rule already drafts from
        String doc = """
                The Courier gateway receives delivery receipts from couriers and writes them to the Orders DB.

                Known gaps:
                - The Courier gateway does not check receipts for replay.
                """;

        // when
        List<Threat> threats = drafted(doc);

        // then
        assertThat(threats).filteredOn(t -> t.evidence().stream().anyMatch(e -> e.contains("replayable"))
                && t.subjects().equals(List.of("courier-gateway"))).singleElement()
                .satisfies(t -> assertThat(t.rule()).doesNotStartWith("gap-"));
    }

    @Test
    void should_put_a_lasting_link_on_the_part_that_hands_links_out() {
        // when
        List<Threat> threats = drafted("""
                ```mermaid
                flowchart LR
                  P[Share Portal] -->|pre-signed download URLs| U[Visitor browser]
                  P --> C[(Sessions cache)]
                ```

                For shared folders, recipients get a Download button. It produces links valid for 14 days, one per file.
                """);

        // then
        assertThat(threats).filteredOn(t -> t.rule().startsWith("gap-") && t.title().contains("valid for 14 days"))
                .singleElement().satisfies(t -> assertThat(t.subjects()).containsExactly("share-portal"));
    }

    @Test
    void should_draft_stated_gaps_on_the_part_they_are_said_of() {
        // given: a relay whose credential ships in the apps, a hub trusting a field its callers set, verbose logs
        String doc = """
                ## Components
                - Game App: iOS and Android client.
                - Lobby Hub: Go service holding room state; the Game App connects to it over WebSocket.
                - Relay Service: forwards game traffic when players cannot connect directly.

                ## Known issues
                1. The Relay Service uses one static username and password, shipped in the Game App config.
                2. The Lobby Hub reads the `host` field in the join message to decide who may kick players.
                3. The Lobby Hub logs full join messages, which include player IP addresses, to the log store.
                """;

        // when
        List<Threat> threats = drafted(doc);

        // then
        assertThat(threats).filteredOn(t -> t.rule().equals("gap-secret-in-client")).singleElement()
                .satisfies(t -> assertThat(t.subjects()).containsExactly("relay-service"));
        assertThat(threats).filteredOn(t -> t.rule().equals("gap-client-asserted-rights")).singleElement()
                .satisfies(t -> assertThat(t.subjects()).containsExactly("lobby-hub"));
        assertThat(threats).filteredOn(t -> t.attack().equals("data-disclosure") && t.subjects().contains("lobby-hub")
                && t.title().contains("full join messages")).hasSize(1);
    }

    @Test
    void should_not_read_a_sentence_stating_a_gap_as_also_stating_the_control() {
        // when
        ContextModel m = OfflineFactExtractor.packaged().extract("""
                The Kiosk Service checks visitors in. Kiosk logins do not record which clerk signed in; the audit trail only shows "kiosk".
                """, Source.doc("§1", "x"), ContextModel.EMPTY);

        // then
        assertThat(m.facts()).filteredOn(f -> f.property() == dev.threatmodelbot.domain.context.Property.LOGGING)
                .extracting(dev.threatmodelbot.domain.context.Fact::value).containsOnly("none");
        assertThat(dev.threatmodelbot.domain.context.Conflicts.any(m.facts())).isFalse();
    }

    @Test
    void should_read_secrets_stored_as_plaintext_as_kept_readable_not_as_a_link_without_tls() {
        assertThat(gaps("Deploy private keys are stored in `repo_credentials.private_key` as plaintext."))
                .contains("SECRETS=plaintext").doesNotContain("TRANSPORT=plain");
        ContextModel m = OfflineFactExtractor.packaged().extract("The Web Widget renders answers as markdown; sanitize is OFF"
                + " because it stripped tags.", Source.doc("§1", "x"), ContextModel.EMPTY);
        assertThat(m.facts()).noneMatch(f -> f.value().equals("sanitised"));
    }

    @Test
    void should_put_raw_html_on_the_part_that_shows_it_not_the_store_it_comes_from() {
        // when
        List<Threat> threats = drafted("""
                - **Tenant Console** — React app for tenants.
                - **Delivery Log** — ClickHouse table of delivery attempts.

                The Tenant Console renders response bodies from ClickHouse with `dangerouslySetInnerHTML`.
                """);

        // then
        assertThat(threats).filteredOn(t -> t.rule().equals("gap-raw-html")).singleElement()
                .satisfies(t -> assertThat(t.subjects()).containsExactly("tenant-console"));
    }

    @Test
    void should_not_read_a_control_said_to_be_phase_two_as_in_place() {
        // when
        ContextModel m = OfflineFactExtractor.packaged().extract("The Vector Store holds chunks of every page. Carrying ACLs "
                + "into the Vector Store is phase 2.", Source.doc("§1", "x"), ContextModel.EMPTY);

        // then
        assertThat(m.facts()).noneMatch(f -> f.value().equals("acl"));
    }

    @Test
    void should_read_the_defaults_of_a_settings_table_as_what_the_system_is_unless_changed() {
        // when
        ContextModel m = OfflineFactExtractor.packaged().extract("""
                | Key | Default | Meaning |
                |---|---|---|
                | `webhook.secret` | `""` | HMAC secret for GitHub webhooks |
                | `rbac.rules` | `[*/*/*]` | Rules of the controller's ClusterRole |
                | `tls.enabled` | `false` | Serve the webhook over TLS |
                """, Source.doc("§1", "x"), ContextModel.EMPTY);

        // then
        assertThat(m.facts()).extracting(f -> f.property() + "=" + f.value())
                .contains("TAMPER_PROTECTION=unsigned", "AUTHORIZATION=over-broad", "TRANSPORT=plain")
                .doesNotContain("TRANSPORT=tls");
    }
}

package dev.threatmodelbot.adapter.offline;

import static dev.threatmodelbot.domain.context.Property.AUTHENTICATION;
import static dev.threatmodelbot.domain.context.Property.AUTHORIZATION;
import static dev.threatmodelbot.domain.context.Property.DATA_CLASSIFICATION;
import static dev.threatmodelbot.domain.context.Property.ENCRYPTION_AT_REST;
import static dev.threatmodelbot.domain.context.Property.EXPOSURE;
import static dev.threatmodelbot.domain.context.Property.INPUT_VALIDATION;
import static dev.threatmodelbot.domain.context.Property.LOGGING;
import static dev.threatmodelbot.domain.context.Property.RATE_LIMITING;
import static dev.threatmodelbot.domain.context.Property.SECRETS;
import static dev.threatmodelbot.domain.context.Property.TRANSPORT;

import dev.threatmodelbot.domain.context.Property;
import java.util.List;

/**
 * Answers an engineer might give in an interview thread, each labelled with the property it is
 * about. Held out from {@code topics.yaml}: none is a rewording of an example there.
 */
final class LabelledAnswers {
    record Labelled(String answer, Property property) {}

    static final List<Labelled> ON_TOPIC = List.of(
            new Labelled("the frontend calls the API over HTTPS with a cert from ACM", TRANSPORT),
            new Labelled("between the worker and Postgres the connection isn't encrypted", TRANSPORT),
            new Labelled("Linkerd gives us mTLS between all the pods", TRANSPORT),
            new Labelled("we still accept plain HTTP on port 80 for the legacy clients", TRANSPORT),
            new Labelled("the MQTT devices connect with TLS and their own client certificates", TRANSPORT),
            new Labelled("people log in with their Google account", AUTHENTICATION),
            new Labelled("the batch job authenticates to the API with a long-lived token", AUTHENTICATION),
            new Labelled("we use Keycloak for login and the services validate the access token", AUTHENTICATION),
            new Labelled("the internal API has no authentication, we trust the network", AUTHENTICATION),
            new Labelled("two-factor is optional for customers but required for employees", AUTHENTICATION),
            new Labelled("managers can approve refunds, clerks can only create them", AUTHORIZATION),
            new Labelled("there are no permission checks once you are logged in", AUTHORIZATION),
            new Labelled("the lambda's role can only write to the one queue", AUTHORIZATION),
            new Labelled("we use OPA policies to decide who may call which endpoint", AUTHORIZATION),
            new Labelled("a user can only edit documents they created or that were shared with them",
                    AUTHORIZATION),
            new Labelled("the Mongo volumes are encrypted with keys from Azure Key Vault", ENCRYPTION_AT_REST),
            new Labelled("snapshots of the EBS volumes are not encrypted", ENCRYPTION_AT_REST),
            new Labelled("the files in blob storage are encrypted by the platform", ENCRYPTION_AT_REST),
            new Labelled("we store the documents as plain files on the NFS share, no encryption",
                    ENCRYPTION_AT_REST),
            new Labelled("sensitive columns are encrypted at the application level before insert",
                    ENCRYPTION_AT_REST),
            new Labelled("anyone on the internet can hit the signup endpoint", EXPOSURE),
            new Labelled("the admin console is only reachable through the corporate network", EXPOSURE),
            new Labelled("the Elasticsearch cluster has a public IP, unfortunately", EXPOSURE),
            new Labelled("it runs in a private subnet and only the gateway can talk to it", EXPOSURE),
            new Labelled("the SSH port is open to 0.0.0.0/0", EXPOSURE),
            new Labelled("it has customers' phone numbers and delivery addresses", DATA_CLASSIFICATION),
            new Labelled("we process card payments, the PAN goes through our servers", DATA_CLASSIFICATION),
            new Labelled("it stores lab results for patients", DATA_CLASSIFICATION),
            new Labelled("only public marketing content, nothing private", DATA_CLASSIFICATION),
            new Labelled("the exports include employee passport scans", DATA_CLASSIFICATION),
            new Labelled("the Stripe key sits in the .env file in the repo", SECRETS),
            new Labelled("we pull secrets from Azure Key Vault at startup", SECRETS),
            new Labelled("the DB credentials are in the Helm values file", SECRETS),
            new Labelled("sealed secrets in git, decrypted by the controller in the cluster", SECRETS),
            new Labelled("passwords are rotated automatically by the vault every 30 days", SECRETS),
            new Labelled("we keep access logs for a year in S3", LOGGING),
            new Labelled("nothing is logged except errors", LOGGING),
            new Labelled("every change to a user's role is written to an audit trail", LOGGING),
            new Labelled("the logs go to Loki and we have Grafana alerts on them", LOGGING),
            new Labelled("we don't keep any record of who downloaded a report", LOGGING),
            new Labelled("each IP gets at most 20 requests a minute on the search API", RATE_LIMITING),
            new Labelled("nothing stops someone from calling the SMS endpoint in a loop", RATE_LIMITING),
            new Labelled("password reset is throttled to three tries per hour", RATE_LIMITING),
            new Labelled("Kong enforces per-consumer quotas", RATE_LIMITING),
            new Labelled("AWS Shield and a WAF sit in front to soak up floods", RATE_LIMITING),
            new Labelled("all form fields are checked on the server with a whitelist", INPUT_VALIDATION),
            new Labelled("we build the SQL by concatenating strings in a couple of places", INPUT_VALIDATION),
            new Labelled("image uploads are re-encoded and the size is capped at 5 MB", INPUT_VALIDATION),
            new Labelled("markdown from users is sanitised with DOMPurify", INPUT_VALIDATION),
            new Labelled("the API accepts any JSON and passes it straight to the template", INPUT_VALIDATION));

    static final List<String> OFF_TOPIC = List.of(
            "no clue, you'd have to ask the platform team",
            "good question, I'll find out",
            "I'm new here, not sure",
            "can we do this after standup?",
            "haha yes",
            "Priya knows more about that part",
            "I'll be on holiday next week",
            "ok",
            "don't remember",
            "let's skip this one");

    /** Design facts with no security content: they should rarely count as any property. */
    static final List<String> DESIGN_FACTS = List.of(
            "the service is written in Go and runs on ECS",
            "we deploy twice a week with ArgoCD",
            "the frontend is a React single page app",
            "it reads orders from the queue and writes invoices to the database",
            "there are three engineers on the team",
            "the nightly job exports a CSV to the finance team",
            "we are migrating from MySQL to Aurora next quarter",
            "it uses Redis as a cache in front of the catalogue API");

    private LabelledAnswers() {}
}

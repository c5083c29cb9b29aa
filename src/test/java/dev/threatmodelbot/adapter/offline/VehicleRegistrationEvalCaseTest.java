package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.context.ContextModel;
import org.junit.jupiter.api.Test;

/**
 * vehicle-registration: an AWS serverless feature. A careful reader finds 7 components and 5 flows;
 * the extractor finds all 7 components and 3 flows.
 *
 * <p>Missed, and why:
 * <ul>
 *   <li>flow Amplify web front end → Amazon API Gateway: implied by the feature, never stated;</li>
 *   <li>flow fleet manager → Amazon Cognito: the manager is read (the user story's role, an external
 *       actor) but never acts on a part in the text ("user authentication through Amazon Cognito" names
 *       no flow).</li>
 * </ul>
 * The agentless passives of the API section ("the record is updated", "the document is written … to
 * Amazon S3") are the work of the part that services the APIs, the Lambda functions: AWS Lambda → Amazon
 * DynamoDB and AWS Lambda → Amazon S3 (and DynamoDB → Lambda for "the record will be queried").
 * The design states no security property the patterns know ("user pool authentication" names no method).
 */
class VehicleRegistrationEvalCaseTest {

    @Test
    void should_find_what_a_careful_reader_finds_in_the_vehicle_registration_design() {
        // given
        String name = "vehicle-registration";

        // when
        ContextModel model = EvalCases.extract(name);

        // then
        assertThat(EvalCases.components(model)).contains("AWS Amplify [WEB_APP]",
                "Amazon Cognito [IDENTITY_PROVIDER]", "Amazon API Gateway [API_GATEWAY]", "AWS Lambda [FUNCTION]",
                "Amazon DynamoDB [DATA_STORE]", "Amazon S3 [OBJECT_STORE]",
                "Vehicle fleet manager [EXTERNAL_ENTITY]")
                .noneMatch(c -> c.contains("IoT")); // "IoT connected vehicle" names no IoT service
        assertThat(EvalCases.flows(model)).contains("Amazon API Gateway → AWS Lambda", "AWS Lambda → Amazon DynamoDB",
                "AWS Lambda → Amazon S3")
                .doesNotContain("AWS Lambda → Amazon API Gateway");
        // the only security property it states: users sign in to the front end through Cognito; and the front end
        // and the sign-in were threat-modelled before
        assertThat(model.facts()).extracting(f -> f.subject() + " " + f.property() + " " + f.value())
                .contains("aws-amplify AUTHENTICATION sso", "aws-amplify SCOPE reviewed-elsewhere",
                        "amazon-cognito SCOPE reviewed-elsewhere")
                .allMatch(f -> f.contains(" AUTHENTICATION ") || f.contains(" SCOPE "));
    }
}

package dev.threatmodelbot.adapter.teams;

import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.EmulatorValidation;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.authentication.SkillValidation;
import com.microsoft.bot.schema.Activity;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a request comes from Teams, by the Bot Framework SDK's own validation: a Bearer JWT signed by a key from
 * the published OpenID metadata and endorsed for the activity's channel, issued by {@code api.botframework.com} for
 * this bot's app id, unexpired (five minutes' skew), whose {@code serviceurl} claim is the activity's service URL.
 * Tokens of the emulator and of skills are refused before the SDK looks at them: Teams sends neither.
 */
final class TeamsAuth {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsAuth.class);
    private static final long WAIT_SECONDS = 10;

    private static final String TEAMS = "msteams";
    private final boolean off;
    /** A single-tenant app serves its own tenant only. */
    private final String tenant;
    private final SimpleCredentialProvider credentials;
    private final SimpleChannelProvider channels = new SimpleChannelProvider();
    private final AuthenticationConfiguration config = new AuthenticationConfiguration();

    TeamsAuth(TeamsSettings settings) {
        this.off = settings.authOff();
        this.tenant = settings.singleTenant() ? settings.tenantId() : "";
        this.credentials = new SimpleCredentialProvider(settings.appId(), settings.password());
        // the SDK keeps the metadata address in one static field; one service per process sets it once
        ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadataUrl().toString());
    }

    /**
     * True only for a valid token for this bot: the token is checked first, on the header alone (signature, issuer,
     * audience, expiry, a key endorsed for Teams); only then is the body read, to compare its service URL with the
     * token's {@code serviceurl} claim and, for a single-tenant app, its tenant with the app's. A body that cannot be
     * read is refused as malformed next.
     */
    boolean authentic(Map<String, String> headers, byte[] body) {
        if (off) { // the Agents Playground on this machine: the service listens on loopback, connectors must be local
            return TeamsActivities.read(body).map(a -> TeamsActivities.local(a.getServiceUrl())).orElse(true);
        }
        String header = headers.getOrDefault("authorization", "");
        if (!JwtTokenValidation.isValidTokenFormat(header)) {
            return false;
        }
        ClaimsIdentity identity;
        try {
            if (EmulatorValidation.isTokenFromEmulator(header) || SkillValidation.isSkillToken(header)) {
                return false;
            }
            identity = JwtTokenValidation.validateAuthHeader(header, credentials, channels, TEAMS, null, config)
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) { // forged, expired, wrong audience or issuer, unendorsed key, garbage: all refused
            LOG.debug("Teams token refused: {}", e.getClass().getSimpleName());
            return false;
        }
        if (identity == null || !identity.isAuthenticated()) {
            return false;
        }
        Optional<Activity> activity = TeamsActivities.read(body);
        if (activity.isEmpty() || activity.get().getServiceUrl() == null) {
            return true;
        }
        String claimed = identity.claims().get(AuthenticationConstants.SERVICE_URL_CLAIM);
        if (claimed == null || !claimed.equalsIgnoreCase(activity.get().getServiceUrl())) {
            return false;
        }
        String activityTenant = TeamsActivities.tenantOf(activity.get());
        return tenant.isEmpty() || activityTenant.isEmpty() || tenant.equalsIgnoreCase(activityTenant);
    }
}

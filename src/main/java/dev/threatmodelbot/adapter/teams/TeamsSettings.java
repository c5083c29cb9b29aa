package dev.threatmodelbot.adapter.teams;

import java.net.URI;

/**
 * The bot's Microsoft registration and where it checks and gets tokens.
 *
 * @param appId the bot's Microsoft App ID: the audience of every token Teams sends
 * @param password the app's client secret, for the bot's own token
 * @param tenantId the tenant a single-tenant app lives in
 * @param singleTenant a single-tenant app (the default for new registrations) or a multi-tenant one
 * @param openIdMetadataUrl where the keys that sign Teams' tokens are published
 * @param tokenUrl where the bot gets its own token to call Teams
 * @param publicBaseUrl the service's public https address, for links it serves itself
 * @param authOff nothing authenticated: for the Agents Playground on this machine, loopback connectors only
 */
public record TeamsSettings(String appId, String password, String tenantId, boolean singleTenant,
        URI openIdMetadataUrl, URI tokenUrl, URI publicBaseUrl, boolean authOff) {

    /** Bot Framework's published signing keys. */
    public static final String OPENID_METADATA = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /** The token endpoint of a tenant ({@code botframework.com} for a multi-tenant app). */
    public static URI tokenUrlOf(String tenant) {
        return URI.create("https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/token");
    }

    @Override
    public String toString() {
        return "Teams[app " + appId + ", " + (singleTenant ? "single tenant " + tenantId : "multi-tenant")
                + ", keys " + openIdMetadataUrl + ", tokens " + tokenUrl + ", secret set]";
    }
}

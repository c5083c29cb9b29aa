package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weakness statements, whatever their wording: a control a sentence denies ("callbacks are not
 * replay-protected", "no second approver", "uploads are not scanned") or says is deficient ("the
 * secret is static", "MLLP runs in cleartext", "egress is unrestricted", "access survives revocation",
 * "the audit table is writable", "fails open on timeout"). Each is read as the gap of one of a small,
 * fixed set of controls, stated as a value of the property the control belongs to; what a gap
 * threatens is {@link GapThreats}' business.
 *
 * <p>A control is denied only by a plain negator ("not", "no", "never", "without", "lacks", "-n't")
 * or a denial after it ("replay protection is missing", "MFA for patients is not enabled"): "prevents replay" or "blocks egress" state a
 * control, they deny none.
 */
final class Weaknesses {

    /** One control: the property and value its gap states, the words naming it, the words saying it falls short. */
    private record Control(Property property, String value, Pattern noun, Pattern deficient) {}

    private static final String LEAK_WORDS = "(?:secrets?|keys?|tokens?|passwords?|credentials?)";
    private static final List<Control> CONTROLS = List.of(
            control(Property.AUTHENTICATION, "none", "auth(?:enticat\\w*)?|credentials?|sign[- ]?in|log[- ]?in",
                    "accepts? (?:\\w+ )?(?:connections?|requests?|messages?|data|calls?|uploads?) from any(?:one| host| client"
                            + "| source| sender| IP| address| caller| machine)\\b"),
            control(Property.AUTHENTICATION, "default-password", "",
                    "\\b(?:ships?|comes?|shipped|delivered|installed) with (?:the |a )?(?:username|user|login|password|credentials?)\\b"
                            + "[^.;]{0,60}\\bdefault\\b"
                            + "|\\bdefault (?:admin |administrator |root |factory )?(?:password|credentials?|login|PIN)s?\\b"
                            + "(?![^.;]{0,60}\\b(?:must be|is|are) (?:changed|rotated|replaced) (?:at|on|before|during) (?:first|install|setup|enrol))"
                            + "|\\b(?:does not|doesn't|never) (?:force|require|enforce) (?:a |the )?(?:password )?change\\b"),
            control(Property.AUTHENTICATION, "weak-hash", "",
                    "\\b(?:MD5|SHA-?1|unsalted|plain SHA-?256|base64)\\b[^.;]{0,30}\\b(?:hash\\w*|passwords?|PINs?)\\b"
                            + "|\\b(?:passwords?|PINs?)\\b[^.;]{0,40}\\b(?:hashed|stored|kept|encoded) (?:\\w+ )?(?:with|using|as|in) "
                            + "(?:an? )?(?:MD5|SHA-?1|unsalted|base64|reversible|plain ?text)\\b"),
            control(Property.AUTHENTICATION, "long-lived", "",
                    "\\b(?:access tokens?|refresh tokens?|tokens?|JWTs?|sessions?|session cookies?|cookies?|API keys?)\\b[^.;]{0,40}"
                            + "\\b(?:(?:are|is|stay|stays|remain|remains) valid|last|lasts|expire|expires) (?:for |after )?(?:\\d+|seven|fourteen"
                            + "|thirty|ninety|several) (?:days|weeks|months|years)\\b"
                            + "|\\b(?:sessions?|tokens?|JWTs?|API keys?|cookies?) (?:never|do not|don't|does not|doesn't) (?:expire|time out)\\b"
                            + "|\\b(?:sessions?|tokens?|JWTs?|API keys?|cookies?)\\b[^.;]{0,30}\\bno (?:timeout|expiry|expiration)\\b"),
            control(Property.AUTHENTICATION, "single-factor", "MFA|2FA|multi[- ]factor(?: auth\\w*)?|two[- ]factor"
                    + "(?: auth\\w*)?|second factor",
                    "\\b(?:MFA|2FA|multi[- ]factor(?: auth\\w*)?|two[- ]factor(?: auth\\w*)?|second factor)\\b[^.;]{0,30}\\b(?:is |are )?"
                            + "(?:\\w+ )?(?:but )?(?:optional|opt-in|not (?:enforced|required|mandatory))\\b"),
            control(Property.AUTHENTICATION, "shared", "",
                    "(?:share|sharing) (?:one|a|the same|a single|a common) (?!few\\b|couple\\b|number\\b)(?:\\w+ ){0,2}(?:users?|accounts?|credentials?"
                            + "|passwords?|secrets?|keys?|logins?)\\b|(?:shared|single|common|same) (?:\\w+ )?(?:users?|accounts?|credentials?|passwords?|secrets?|logins?)"
                            + "(?= (?:for|across|by|between|used)| is shared)|\\b(?:users?|accounts?|credentials?"
                            + "|passwords?|secrets?|logins?) (?:is |are )?shared (?:by|across|between|among)"
                            + "|\\b(?:built-in|default)\\s+(?:[\\w`-]+\\s+){0,3}?`?(?:admin|administrator|root|superuser)`?\\s+"
                            + "(?:local\\s+)?accounts?\\b[^.;]{0,20}\\b(?:still\\s+)?(?:enabled|active|in use)\\b"
                            + "|\\b(?:keys?|key pairs?|passwords?|secrets?|credentials?|certificates?|tokens?)\\b[^.;]{0,80}\\b(?:the )?same "
                            + "(?:for|on|across|in|as) (?:every|all|each|other)\\b"
                            + "|\\b(?:the same|one|a single|a shared|an identical) (?:\\w+ ){0,2}(?:keys?|key pairs?|certificates?|tokens?) "
                            + "(?:for|on|across|in|shared by) (?:every|all|each)\\b"
                            + "|\\b(?:all|every|each)\\b[^.;]{0,40}\\b(?:run|runs|running|act|acts)\\s+(?:as|under|with)\\s+(?:one|a single"
                            + "|the same|a shared)\\s+(?:\\w+\\s+){0,2}(?:service accounts?|identity|IAM roles?|roles?|users?)\\b"),
            control(Property.AUTHORIZATION, "none", "authori[sz]ation(?: checks?)?|access control\\w*|permission checks?"
                    + "|ACLs?|ownership checks?|(?:per[- ]\\w+|tenant) (?:ACLs?|checks?|isolation|scoping)"
                    + "|(?:per[- ]\\w+ )?(?:permission|security|access|ACL) (?:filtering|trimming)"
                    + "|(?:document|row|object)[- ]level (?:permissions|security|access control|ACLs?)",
                    "\\b(?:bypass(?:es|ed)?|circumvent(?:s|ed)?|skips?)\\b[^.;]{0,20}\\b(?:these |the |this |those |its )?"
                            + "(?:\\w+ )?(?:filters?|checks?|row-level security|RLS|permissions?|access controls?)\\b"
                            + "|\\b(?:does not|doesn't|do not|don't|never) (?:\\w+ )?(?:check|verify|validate) (?:that|whether) the \\w+"
                            + "[^.;]{0,40}\\b(?:belongs? to|was (?:offered|assigned|issued) to|is owned by|matches)\\b"
                            + "|\\bany (?:\\w+ )?(?:users?|customers?|couriers?|drivers?|tenants?|clients?|accounts?|engineers?"
                            + "|members?|patients?) with a valid (?:JWT|token|session|account|login)\\b[^.;]{0,40}\\bcan\\b[^.;]{0,30}"
                            + "\\bany\\b"
                            + "|\\b(?:does not|doesn't|do not|don't|never) (?:\\w+ )?(?:compare|match|check) (?:it|them|this|that|the \\w+)"
                            + " (?:with|against|to) the (?:\\w+[’']s |\\w+ )?(?:owner|user|customer|tenant|account|caller)s?\\b"
                            + "|\\b(?:does not|doesn't|do not|don't|never) (?:consult|check|query|look up|apply|enforce) the (?:\\w+ ){0,2}"
                            + "(?:walls?|permissions?|access|ACLs?|roles?|ownership|tenants?|entitlements?) ?(?:tables?|lists?|rules?|checks?|map)?\\b"),
            control(Property.AUTHORIZATION, "no-approval", "(?:second|another|independent) (?:approv\\w*|person|pair of "
                    + "eyes|reviewer|sign[- ]off)|four[- ]eyes|dual (?:control|approval)|approv(?:al|als|er|ers|ed)"
                    + "|review(?:ed)?(?! by an? (?:outside|external|independent|third)[- ]?\\w*)|sign[- ]off",
                    "\\bcan be (?:made|done|issued|approved|performed|triggered|released|changed) by (?:a single|one|any single|any one)"
                            + " (?:\\w+ )?(?:agents?|persons?|people|engineers?|admins?|administrators?|operators?|users?|clerks?"
                            + "|staff|members?)\\b"),
            control(Property.AUTHORIZATION, "racy", "",
                    "\\brace conditions?\\b|\\b(?:is|are) not atomic\\b|\\bnon-?atomic\\b|\\bcheck-then-(?:act|write|update)\\b"
                            + "|\\bdoes a read,? then a write\\b|\\bat the same (?:moment|time)\\b[^.;]{0,40}\\bboth (?:pass|succeed|get)"),
            control(Property.AUTHORIZATION, "over-broad", "",
                    "(?<=\\b[a-z0-9-]{1,30}):(?:\\*(?=[\\s`'\",.;)]|$)|\\s(?=\\s*(?:on|for|over|across)\\s))|\\bAdministratorAccess\\b|\\bcluster-admin\\b|\\bwildcard (?:permissions?"
                            + "|polic(?:y|ies)|grants?|access)\\b|\\b(?:is|are|runs as|acts as) (?:an? |the )?(?:\\w+ )?(?:admin"
                            + "|administrator|owner|superuser|root)s?\\b(?= (?:in|of|on|for|and)\\b|[.;,]|$)|\\bfull (?:admin|write|read-write) "
                            + "(?:access|rights|permissions)\\b"
                            + "|\\b(?:can|may|could)\\b[^.;]{0,40}\\b(?:in|across) (?:any|every|all) (?:namespaces?|projects?|accounts?|clusters?)\\b"
                            + "|\\b(?:read/write|read-write|write|full|admin) (?:access |rights |permissions? )?(?:on|to|over|for) (?:all|every|any)\\b"
                            + "|\\b(?:grants?|gives?|has|have|holds?|with) all (?:verbs|permissions|privileges|actions|rights)\\b"
                            + "|\\b(?:is|are) (?:much |far |a lot )?broader than (?:the |what |its |their )?(?:\\w+ )?(?:roles?|needed|necessary|required|users?)\\b"
                            + "|\\b(?:on|to|for|over) `?[\\w.-]+/\\*`?(?=[\\s.,;)]|$)|(?:is|are|has|with|grants?) `?\\[?\\*/\\*(?:/\\*)?\\]?|\\bkept (?:it|them|this|the \\w+) (?:broad|wide|open)\\b"
                            + "|\\bany (?:property|field|object|resource|table|record|file|topic|key)\\b[^.;]{0,30}\\bany "
                            + "(?:\\w+ )?(?:object|resource|table|record|device|priority|topic|bucket|tenant)s?\\b"
                            + "(?! of (?:its|their) own)"),
            control(Property.AUTHORIZATION, "fails-open", "",
                    "fails? (?:open|unsafe)|fail[- ]open|defaults? to (?:allow|approv\\w*|accept\\w*)|(?:on|after) (?:a |"
                            + "any )?(?:timeout|time-out|error|failure)s?\\b[^.;]{0,30}\\b(?:approv|allow|accept)\\w*"
                            + "|\\b(?:times? out|timed out|errors?|fails?|is down|is unavailable)\\b[^.;]{0,60}\\b(?:treat\\w*|default\\w*"
                            + "|fall\\w* back|proceed\\w*)\\b[^.;]{0,30}\\b(?:allow|approv\\w*|accept\\w*|pass\\w*)"),
            control(Property.TAMPER_PROTECTION, "replayable", "replay[- ]protect\\w*|(?:anti[- ])?replay protection"
                    + "|nonces?|replay (?:checks?|detection)|idempotency[- ]keys?|idempoten(?:t|cy)",
                    "replayable|can be replayed|\\b(?:does not|doesn't|never) (?:issue|send|use) an? (?:fresh )?(?:challenge|nonce)\\b"
                            + "|\\b(?:frame[- ]counter|counter|sequence[- ]number|nonce|FCnt) (?:validation|checks?|checking)\\b[^.;]{0,30}\\b(?:switched off|turned off|disabled|off|skipped)\\b"
                            + "|\\bno (?:challenge|nonce)\\b|\\bthe same (?:each|every) time\\b"
                            + "|replays? (?:is |are )?(?:possible|accepted)|(?:not|never|n't) (?:check|protect"
                            + "|guard|secure|detect|reject)\\w*\\b[^.;]{0,30}\\b(?:for|against) replays?"),
            control(Property.TAMPER_PROTECTION, "unsigned", "signed(?! (?:in|on|up|off|out|into)\\b)|signing|signatures?|HMAC|checksums?"
                    + "|integrity (?:checks?|protection)|verified|verification",
                    "unsigned|unverified|\\b(?:leaves?|left|ships? with|keeps?)\\s+`?[\\w.]*(?:webhook|signing|hmac)[\\w. ]{0,3}secret`?"
                            + "\\s+(?:empty|unset|blank)\\b|`?[\\w.]*(?:webhook|signing|hmac)[\\w. ]{0,3}secret`?\\s+(?:is\\s+)?(?:empty|unset|blank"
                            + "|not set)\\b|\\b(?:pulled|fetched|downloaded|installed|loaded|synced)\\b[^.;]{0,40}\\bfrom (?:the )?`?(?:main|master"
                            + "|latest|HEAD|trunk)`? (?:branch|tag)\\b|\\brevision\\s*=\\s*`?(?:main|master|latest)\\b|\\bunpinned\\b|\\bchecks? (?:its |the )?(?:SHA-?(?:1|256|512)|MD5|checksum|hash)\\b(?![^.;]{0,80}\\bsign)"
                            + "|\\b(?:signature|HMAC|signing) (?:verification|checks?|validation)\\b[^.;]{0,30}\\b(?:turned off|disabled"
                            + "|switched off|skipped|removed|bypassed|commented out)"
                            + "|\\b(?:does|do|did)(?:n't| not)(?: yet| currently| always)? (?:verify|check|validate)"
                            + "\\b[^.;]{0,40}\\b(?:signatures?|HMAC|X-[\\w-]*Signature[\\w-]*)"),
            control(Property.AUTHENTICATION, "no-revocation", "revoked|revocation|invalidated|expir(?:y|es|ed)|deactivated",
                    "(?:survives?|outlives?|outlasts?|remains? valid|keeps? working) (?:after |past |beyond )?[^.;]{0,40}"
                            + "\\b(?:revocation|revoked|offboard\\w*|removal|removed|deactivat\\w+)"
                            + "|(?:remains?|stays?) valid (?:after|for)|never expires?|keeps? working after"
                            + "|(?:not|never|n't) (?:be )?(?:removed|revoked|invalidated|deleted|cleared|expired|rotated)\\b[^.;]{0,40}"
                            + "\\b(?:on|at|after|when|upon) (?:the )?(?:user )?(?:log(?:s|ging)?[- ]?(?:out|off)|sign(?:s|ing)?[- ]?out"
                            + "|offboarding|account deletion|password (?:change|reset))"),
            control(Property.TRANSPORT, "unverified", "",
                    "\\b(?:certificate|cert|TLS|SSL|hostname) (?:verification|validation|checks?|checking)\\b[^.;]{0,30}\\b(?:disabled|turned off"
                            + "|skipped|off|not (?:done|enforced|performed))\\b|\\bverify\\s*=\\s*False\\b|\\bInsecureSkipVerify\\b"
                            + "|\\b(?:accepts?|trusts?) (?:any|all|every|self-signed) (?:TLS |server )?certificates?\\b|\\bsslmode\\s*=\\s*(?:disable|allow|prefer)\\b"),
            control(Property.TRANSPORT, "plain", "TLS|HTTPS|SSL|encrypt\\w* in[- ]transit|in[- ]transit encryption",
                    "(?:in |over |as |is |are )(?:clear|plain)[- ]?text\\b(?! (?:at rest|on disk|files?|storage|in the|in a))"
                            + "|\\bcleartext (?:protocol|traffic|connection|link)s?|\\bunencrypted (?:connection|link"
                            + "|traffic|channel)s?|\\bbetween\\b[^.;]{0,60}\\b(?:is|are) (?:unencrypted|(?:in )?(?:clear"
                            + "|plain)[- ]?text)|(?:runs?|travels?|sent|goes|flows?) (?:\\w+ )?(?:unencrypted|in (?:clear"
                            + "|plain)[- ]?text|cleartext)"),
            control(Property.ENCRYPTION_AT_REST, "none", "encrypt\\w* at rest|at[- ]rest encryption|disk encryption",
                    "(?:stored|kept|written|saved) (?:\\w+ ){0,2}(?:in (?:clear|plain)[- ]?text|unencrypted)"
                            + "|unencrypted (?:at rest|on disk|backups?|volumes?|disks?|buckets?)"),
            control(Property.SECRETS, "static", "rotat(?:ed|ion|es|e)",
                    "(?:static|long[- ]lived|never[- ]rotated) (?:\\w+ )?" + LEAK_WORDS + "|" + LEAK_WORDS
                            + "\\b[^.;]{0,40}\\b(?:is|are) (?:static|long[- ]lived)\\b"),
            control(Property.SECRETS, "env", "",
                    LEAK_WORDS + "\\b[^.;]{0,50}?(?<!\\bnever (?:into|in|as) )(?<!\\bnot (?:into|in|as) )(?<!\\bno )"
                            + "\\b(?:environment variables?|env vars?|in the (?:process )?environment)"),
            control(Property.INPUT_VALIDATION, "none", "scann(?:ed|ing)|scans?|malware|anti-?virus|validat(?:ed|ion)"
                    + "|sanitis(?:ed|ation)|sanitiz(?:ed|ation)", "unscanned|unvalidated|unsanitis\\w+|unsanitiz\\w+"
                    + "|\\b(?:posts?|content|articles?|documents?|uploads?|submissions?|comments?|reviews?|Q&A|answers?|pages?)\\b"
                    + "[^.;]{0,30}\\b(?:are|is) not (?:reviewed|moderated|checked|vetted|screened)\\b"
                    + "|\\b(?:concatenat\\w+|string formatting|f-strings?|string interpolation)\\b[^.;]{0,40}\\b(?:SQL|quer(?:y|ies)|commands?"
                    + "|shell)\\b|\\b(?:SQL|quer(?:y|ies)|shell commands?)\\b[^.;]{0,40}\\b(?:built|assembled|constructed|formed|put together)"
                    + " (?:by|with|from|through) (?:string )?(?:concatenat\\w+|interpolat\\w+|formatting|string)"),
            control(Property.INPUT_VALIDATION, "raw-html", "",
                    "\\ballowHtml\\W{0,3}\\s*(?:true|on|enabled)|\\bdangerouslySetInnerHTML\\b|\\bv-html\\b|\\|\\s*safe\\b"
                            + "|\\brehype-raw\\b|\\binnerHTML\\s*=|\\bmark_safe\\b|\\bhtml_safe\\b|\\bbypassSecurityTrust\\w*|\\b(?:escape(?:Html)?|autoescape"
                            + "|sanitize)\\s*[:=]\\s*(?:false|off)\\b"
                            + "|\\b(?:renders?|shows?|displays?|inserts?) (?:the )?raw HTML\\b|\\b(?:unescaped|unsanitised|unsanitized) HTML\\b|\\bHTML\\b[^.;]{0,20}\\b(?:is|are) (?:not|never) "
                            + "(?:escaped|sanitised|sanitized|encoded)|\\bwithout (?:escaping|sanitising|sanitizing|encoding)\\b"),
            control(Property.EXPOSURE, "admin-exposed", "",
                    "\\b(?:binds?|bound|listens?|listening|answers?|served|serves|runs?) (?:\\w+ ){0,2}(?:on|to) (?:all (?:network )?interfaces"
                            + "|0\\.0\\.0\\.0|both (?:NICs|networks|network interfaces|interfaces)|every (?:interface|network))\\b"
                            + "|\\b(?:debug|admin|administration|management|actuator|metrics|kubelet|etcd|Redis|database|SSH|RDP"
                            + "|console|dashboard)\\b (?:\\w+ ){0,2}(?:ports?|endpoints?|interfaces?|UIs?|consoles?|APIs?|dashboards?)\\b"
                            + "[^.;]{0,40}\\b(?:is |are )?(?:exposed|reachable|open|accessible|available|enabled)\\b[^.;]{0,30}\\b(?:internet"
                            + "|public|anyone|in production|outside|all interfaces|0\\.0\\.0\\.0)\\b"
                            + "|\\bdebug (?:mode|endpoints?|logging) (?:is |are )?(?:on|enabled|left on)\\b[^.;]{0,20}\\bproduction\\b"),
            control(Property.EXPOSURE, "open-egress", "egress (?:restrictions?|filter\\w*|polic\\w+|controls?|allow[- ]?lists?)",
                    "(?:egress|outbound (?:traffic|access|network\\w*|connections?)|internet access|network access)\\b"
                            + "[^.;]{0,40}\\b(?:unrestricted|unfiltered|wide open|not restricted|to any (?:host|address"
                            + "|destination))|unrestricted (?:egress|outbound|internet|network)"),
            control(Property.LOGGING, "mutable", "append[- ]only|immutab\\w+|tamper[- ](?:evident|proof)",
                    "(?:audit|log)\\w*\\b[^.;]{0,40}\\b(?:is |are )(?:writable|mutable|editable|deletable)|(?:audit|log)\\w*"
                            + "\\b[^.;]{0,30}\\bcan be (?:edited|deleted|modified|changed|updated|rewritten|truncated)"
                            + "|\\bowns? the (?:\\w+ )?(?:audit|log)\\w*(?: table| trail| store)?\\b"
                            + "|\\bcan (?:delete|update|truncate|rewrite|edit) (?:rows in |entries in |records in )?the (?:\\w+ )?audit"
                            + "|\\b(?:delet|purg|eras|truncat|edit)\\w* (?:\\w+ ){0,2}audit (?:rows?|entries|records?|logs?|events?|trail)\\b"),
            control(Property.LOGGING, "payloads", "",
                    "\\blog(?:s|ging)?\\b[^.;]{0,40}\\b(?:prints?|includes?|writes?|records?|dumps?|contains?|shows?)\\b[^.;]{0,30}"
                            + "\\b(?:secrets?|tokens?|passwords?|credentials?|API keys?|PII|card numbers?|personal data|candidate matches)\\b"
                            + "|\\b(?:at|in) `?debug`?(?: level| mode)?,? (?:it )?(?:also )?(?:prints?|logs?|dumps?|writes?)\\b|\\b(?:log|captur|record)(?:s|ed|es|e|ged|ging|ing)?\\s+(?:the\\s+)?(?:full|complete|raw|entire|whole|every)\\s+(?:\\w+\\s+){0,2}(?:requests?|responses?"
                            + "|messages?|offers?|payloads?|bod(?:y|ies)|prompts?|conversations?|transcripts?|records?|documents?|forms?"
                            + "|headers?|queries|questions|answers?|events?)\\b"
                            + "|\\blog(?:s|ged|ging)?\\b[^.;]{0,80}\\b(?:which|that) (?:include|contain|carry|hold)s?\\b[^.;]{0,30}"
                            + "\\b(?:IP addresses|e-?mail addresses|names|phone numbers|tokens?|passwords?|PII|personal|patient|card|account numbers?)"
                            + "|\\blog\\w*\\b[^.;]{0,80}\\b(?:including|with|containing)\\s+(?:the\\s+)?(?:full\\s+)?(?:request|response"
                            + "|message)\\s+(?:and\\s+(?:the\\s+)?response\\s+)?(?:bod(?:y|ies)|payloads?)|\\blogs?\\s+(?:the\\s+)?"
                            + "(?:full\\s+)?(?:request|response)\\s+(?:bod(?:y|ies)|payloads?)|\\b(?:access tokens?|tokens?|passwords?"
                            + "|secrets?|card numbers?|PII|personal data)\\b[^.;]{0,30}\\b(?:are|is|get|gets|end up)\\s+(?:\\w+\\s+)?logged\\b"),
            control(Property.RATE_LIMITING, "none", "rate[- ]?limit\\w*|throttl\\w*|lock[- ]?outs?|CAPTCHA|attempt (?:limits?|counters?|caps?)"
                    + "|(?:cap|limit|quota|ceiling) on (?:the number of|how many)|budgets?",
                    "\\bonly (?:honou?rs?|relies on|uses?|has|gets?) the (?:\\w+[’']s )?(?:own )?(?:rate limits?|quotas?|throttling)\\b"),
            control(Property.AUTHENTICATION, "bearer-link", "",
                    "\\b(?:links?|URLs?)\\b[^.;]{0,60}\\b(?:(?:is|are|stays?|remains?) )?(?:valid|usable|good|live|active) (?:for "
                            + "(?:\\d+|one|two|three|five|seven|ten|fourteen|thirty|several|many) (?:days?|weeks?|months?|years?)"
                            + "|indefinitely|forever)\\b"
                            + "|\\b(?:links?|URLs?)\\b[^.;]{0,80}\\b(?:is|are) not (?:tied|bound|linked|restricted|pinned) to (?:a |the |any )?"
                            + "(?:device|login|log-in|sign-in|user|account|session|person|IP)"
                            + "|\\banyone (?:who|that) (?:opens?|has|holds?|gets?|knows?|clicks?|forwards?) (?:the |a |this |that |it\\b)"
                            + "(?:\\w+ ){0,2}(?:links?|URLs?)?"
                            + "|\\banyone with (?:the|a|this) (?:\\w+ )?(?:link|URL)\\b"
                            + "|\\banyone\\b[^.;]{0,30}\\bcan (?:open|view|use|follow|see) (?:the|a|that|this|any) (?:share |shared |sharing )?(?:links?|URLs?)\\b"
                            + "|\\b(?:links?|URLs?)\\b[^.;]{0,40}\\blong[- ]lived\\b|\\blong[- ]lived (?:\\w+ )?(?:links?|URLs?)\\b"
                            + "|\\b(?:share|sharing|guest|magic|join|invite|invitation|download|pre-?signed|access) (?:links?|URLs?)\\b"
                            + "[^.;]{0,60}\\b(?:never|do not|don't|does not|doesn't) expire"),
            control(Property.AUTHORIZATION, "any-origin", "CSRF (?:protection|tokens?|checks?)|anti-CSRF",
                    "\\bAccess-Control-Allow-Origin\\W{0,3}\\s*\\*|\\bCORS\\b[^.;]{0,40}\\b(?:any|all|every|\\*) (?:origins?|domains?|sites?)\\b"
                            + "|\\b(?:allows?|accepts?) (?:requests from )?(?:any|all) origins?\\b|\\bCSRF (?:protection )?(?:is |was )?"
                            + "(?:disabled|turned off|off)\\b"),
            control(Property.AUTHORIZATION, "guessable-id", "",
                    "\\b(?:sequential|auto-?incrementing|incrementing|predictable|guessable|enumerable) (?:integer |numeric )?`?(?:IDs?"
                            + "|identifiers?|numbers?|keys?|codes?|docIds?|ids?)\\b|\\b(?:\\d+ )?sequential digits\\b"),
            control(Property.AUTHORIZATION, "prompt-only", "",
                    "\\b(?:rules?|limits?|thresholds?|checks?|polic(?:y|ies)|restrictions?|instructions?|guardrails?|permissions?)\\b"
                            + "[^.;]{0,80}\\b(?:(?:are|is) )?(?:only )?(?:expressed|enforced|written|stated|described|kept|given|encoded"
                            + "|put|live|lives) (?:only )?in the (?:system )?prompt\\b"
                            + "|\\b(?:only|just|solely) (?:by |through |in )?the (?:system )?prompt\\b"
                            + "|\\bthe (?:system )?prompt (?:tells|instructs|asks) the (?:model|LLM|agent|assistant)\\b"),
            control(Property.AUTHORIZATION, "client-side", "",
                    "\\bclient[- ]side(?: only| alone)? (?:checks?|validation|filter\\w*|enforcement|confirmation|authori[sz]ation"
                            + "|hiding)\\b(?![^.;]{0,40}\\b(?:and|also|plus|backed by|repeated)\\b[^.;]{0,20}\\bserver)"
                            + "|\\b(?:only|solely|just) (?:checked|enforced|validated|hidden|filtered|confirmed) (?:in|by|on) the "
                            + "(?:\\w+ ){0,2}(?:app|client|browser|UI|front[- ]?end|SPA|page)\\b"
                            + "|\\b(?:app|client|browser|UI|front[- ]?end|SPA|page)s? (?:then |simply |just )?(?:hides?|filters? out|greys? out"
                            + "|masks?|drops?)\\b[^.;]{0,60}\\bbefore (?:rendering|display\\w*|showing)"
                            + "|\\b(?:hidden|greyed out|disabled) (?:only )?in the (?:UI|user interface|front[- ]?end|app)\\b"
                            + "[^.;]{0,40}\\b(?:but|while|although)\\b[^.;]{0,40}\\b(?:API|endpoint|server)"
                            + "|\\b(?:logic|checks?|rules?|enforcement|filtering)\\b[^.;]{0,40}\\b(?:on|in) the (?:client|browser|front[- ]?end)\\b"
                            + "|\\b(?:does not|doesn't|do not|don't|never) (?:re-?check|re-?validate|re-?verify|check|validate|verify)\\b"
                            + "[^.;]{0,40}\\b(?:because|since|as) the (?:\\w+ )?(?:slider|UI|client|app|form|front[- ]?end|browser|page|screen"
                            + "|dropdown|picker|widget)\\b"
                            + "|\\breturns? (?:every|all)\\b[^.;]{0,120}\\b(?:and|while)\\b[^.;]{0,40}\\b(?:leaves?|filters?|hides?|drops?|removes?)"
                            + "\\b[^.;]{0,40}\\b(?:out|before (?:rendering|display\\w*|showing))\\b"),
            control(Property.AUTHORIZATION, "trusts-client", "",
                    "\\b(?:reads?|takes?|uses?|trusts?|relies on) the `?[\\w-]+`? (?:field|claim|parameter|param|flag|value|attribute"
                            + "|property) (?:in|from|of) the (?:\\w+ ){0,3}(?:message|request|payload|body|query(?: string)?|URL|cookie"
                            + "|form|frame)s?\\b[^.;]{0,30}\\bto (?:decide|determine|tell|check|know|choose|set)\\b"
                            + "|\\b(?:role|admin|permission|price|amount|tenant|user|account)s?(?:[ _-]?(?:id|flag|field|level))? "
                            + "(?:is |are )?(?:sent|supplied|set|chosen|passed) by the (?:client|browser|app|caller|user)\\b"
                            + "[^.;]{0,40}\\b(?:trusted|accepted|used|honou?red)\\b"),
            control(Property.SECRETS, "client", "",
                    LEAK_WORDS + "\\b[^.;]{0,60}\\b(?:shipped|bundled|embedded|baked|included|compiled|hard-?coded) (?:in|into|with) "
                            + "(?:the |every |each |our )?(?:\\w+ ){0,4}(?:apps?|clients?|mobile|desktop|browser|extension|JavaScript|firmware"
                            + "|APKs?|IPAs?|devices?|appliances?)\\b(?:[^.;]{0,30}\\bconfig\\w*)?"),
            control(Property.SECRETS, "config", "",
                    LEAK_WORDS + "\\b(?:[^.;]|\\.(?=\\w)){0,40}\\b(?:is|are|sits?|lives?|stored|kept|held|written|placed)\\b(?:[^.;]|\\.(?=\\w)){0,15}"
                            + "\\bin (?:a |the |our )?(?:plain[- ]?text )?(?:`?[\\w./-]+\\.(?:ya?ml|json|properties|env|ini|conf|cfg|toml|xml|tfvars)`?"
                            + "|(?:Helm )?values files?|config(?:uration)? files?|ConfigMaps?|settings files?)"),
            control(Property.INPUT_VALIDATION, "runs-untrusted", "",
                    "\\B--enable-exec\\b|\\bexec plugins?\\b|\\btrust_remote_code\\s*=\\s*True\\b|\\b(?:runs?|executes?|evaluates?) "
                            + "(?:arbitrary|untrusted|user-supplied|user-provided) (?:code|scripts?|commands?|shell commands?|plugins?)\\b"
                            + "|\\ballow(?:s|ing)? (?:arbitrary|any) (?:code|commands?|scripts?) to run\\b"),
            control(Property.AUTHORIZATION, "untrusted-config", "",
                    "\\breads `?[.\\w/-]+\\.(?:ya?ml|json|toml)`? from (?:that|the head|the PR's|the same|the pull request's) commit\\b"
                            + "|\\bchanges to (?:\\w+ )?config(?:uration)? can be (?:previewed|tested|applied|tried) in the same (?:PR|pull request)\\b|"
                            + "\\b(?:config(?:uration)?|settings|rules?|polic(?:y|ies)|allow[- ]?lists?)\\b[^.;]{0,60}\\b(?:is |are )?(?:read|taken"
                            + "|loaded|fetched)\\b[^.;]{0,40}\\bfrom the (?:pull request|PR(?: head)?|commit being (?:scanned|built|tested|checked)"
                            + "|fork|branch being (?:built|tested))\\b"
                            + "|\\bthe commit being (?:scanned|built|checked) is the (?:PR|pull request)(?: head)?\\b"
                            + "|\\b(?:contributors|PR authors?|pull[- ]request authors?|anyone who opens a (?:pull request|PR)) can "
                            + "(?:tune|turn off|disable|add|change|override|skip|edit)\\b"),
            control(Property.SECRETS, "spread", "",
                    "\\b(?:cop(?:y|ies|ied)|sync(?:s|ed)?|replicat(?:e|es|ed)|mount(?:s|ed)?|inject(?:s|ed)?) (?:every|all|each) "
                            + "(?:of the )?(?:Secrets?|credentials?|keys?|tokens?)\\b[^.;]{0,60}\\binto (?:each|every|all)\\b"),
            control(Property.SECRETS, "plaintext", "",
                    LEAK_WORDS + "\\b(?:[^.;]|\\.(?=\\w)){0,60}\\b(?:stored|kept|saved|held|persisted|written)\\b(?:[^.;]|\\.(?=\\w)){0,50}"
                            + "\\b(?:as|in) (?:plain[- ]?text|clear[- ]?text|unencrypted)\\b"),
            control(Property.SECRETS, "code", "",
                    "\\bhard-?coded\\b[^.;]{0,40}\\b" + LEAK_WORDS + "|" + LEAK_WORDS + "\\b[^.;]{0,40}\\b(?:is|are) hard-?coded\\b"
                            + "|" + LEAK_WORDS + "\\b(?:[^.;]|\\.(?=\\w)){0,80}\\b(?:committed|checked in)(?: to| into)? (?:the |a |our )?(?:[`\\w-]+ ){0,3}"
                            + "(?:git|repo\\w*|source control|source code)\\b"
                            + "|\\bin `?\\.env`? (?:file )?in the `?[\\w.-]+`? (?:git )?repo(?:sitory)?\\b"
                            + "|\\bpurge (?:it|them|the \\w+) from (?:the )?git history\\b"),
            control(Property.LOGGING, "none", "audit (?:logs?|trails?|records?|entries)|logging(?![- ](?:in|on|into|out|off)\\b)",
                    "\\b(?:do|does|did)(?: not|n't) (?:record|log|track|capture|store|keep) (?:which|who|whose|the identity|the name"
                            + "|the user|what (?:\\w+ )?(?:user|person|account))\\b"
                            + "|\\b(?:audit (?:log|trail|record)s?|logs?) (?:only )?(?:shows?|says?|records?) only\\b"
                            + "|\\b(?:audit (?:log|trail|record)s?|logs?) only (?:shows?|says?|records?)\\b"
                            + "|\\bno record of (?:who|which)\\b|\\bcannot (?:tell|see|know|prove) who\\b"
                            + "|\\b(?:rather than|instead of|but not|not|never) (?:being )?(?:written|recorded|logged|stored|sent|kept) (?:to|in|into) "
                            + "(?:the )?`?audit"),
            control(Property.DATA_CLASSIFICATION, "retained", "retention (?:polic\\w+|limits?|periods?)|purg(?:ed|ing)"
                    + "|deleted|minimi[sz](?:ed|ation)",
                    "(?:kept|retained|stored|held) (?:\\w+ ){0,2}(?:forever|indefinitely)"));

    private static final Pattern LABELLED = Pattern.compile("(?i)\\b(?:label(?:l)?ed|labels?|annotat\\w+|training data|indexed|indexing)\\b");

    private static final Pattern STORED_BEFORE = Pattern.compile("(?i)\\b(?:stored|kept|saved|persisted|held|written to disk"
            + "|columns?|fields?|rows?|tables?|database|DB)\\b");
    private static final Pattern LOOKS_FOR = Pattern.compile("(?i)\\b(?:finds?|detects?|scans? for|flags?|catch(?:es)?"
            + "|alerts? on|looks? for|hunts? for|reports?|searches for)\\b");

    private static final Pattern USUALLY = Pattern.compile("(?i)\\b(?:often|usually|typically|commonly|generally"
            + "|in general|tend to)\\b");
    private static final Pattern NEGATOR = Pattern.compile("(?i)^(?:not|no|never|without|lacks?|lacking|none|nor|cannot"
            + "|\\w+n[’']t)$");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:,()\\[\\]{}!?—]");
    private static final Pattern DENIED_AFTER = Pattern.compile("(?i)^(?:\\s+(?:for|of|on|in|to|at)(?:\\s+[\\w-]+){1,2})?"
            + "(?:\\s+(?:is|are|was|were|has|have|had|been|be"
            + "|does|do|did|still|yet))*\\s+(?:not|never|missing|absent|disabled|off|lacking)\\b");

    /** "refuses packages whose signature does not verify": what fails the check is turned away, the check is there. */
    private static final Pattern REFUSED = Pattern.compile("(?i)\\b(?:refus|reject|drop|discard|block|den(?:y|ies)|quarantin"
            + "|ignor)\\w*\\b[^.;]{0,50}\\b(?:whose|that|which|if|when|unless|without)\\b[^.;]{0,30}$");

    /** "we reject unsigned responses": what falls short is turned away, which is the control. */
    private static final Pattern TURNED_AWAY = Pattern.compile("(?i)\\b(?:reject|refuse|drop|discard|block|deny|denies)\\w*"
            + "\\s+(?:all\\s+|any\\s+|every\\s+)?$");

    private Weaknesses() {}

    private static Control control(Property p, String value, String nouns, String deficient) {
        return new Control(p, value, nouns.isEmpty() ? null : Pattern.compile("(?i)\\b(?:" + nouns + ")\\b"),
                deficient.isEmpty() ? null : Pattern.compile("(?i)\\b(?:" + deficient + ")"));
    }

    /** The gaps {@code text} states, each where it says so; a sentence on what is usual elsewhere states none. */
    static List<SecurityPatterns.Hit> find(String text) {
        List<SecurityPatterns.Hit> hits = new ArrayList<>();
        if (USUALLY.matcher(text).find()) {
            return hits; // "secrets are often passed in environment variables": how things go, not how this system is
        }
        for (Control c : CONTROLS) {
            first(c, text).ifPresent(hits::add);
        }
        // "deploy keys are stored in `creds.key` as plaintext", "the column is plaintext": kept readable, no link without TLS
        hits.removeIf(h -> h.property() == Property.TRANSPORT && h.value().equals("plain")
                && STORED_BEFORE.matcher(text.substring(Math.max(0, h.start() - 60), h.start())).find());
        // "a GitHub App that finds credentials committed to repositories": what the system looks for, not its own gap
        hits.removeIf(h -> h.property() == Property.SECRETS
                && LOOKS_FOR.matcher(text.substring(Math.max(0, h.start() - 40), h.start())).find());
        // "API keys have no scopes and no expiry": one gap (access outlives its use), not two
        if (hits.stream().anyMatch(h -> h.property() == Property.AUTHENTICATION && h.value().equals("no-revocation"))) {
            hits.removeIf(h -> h.property() == Property.AUTHENTICATION && h.value().equals("long-lived"));
        }
        // "community posts are not reviewed before indexing", "labeled prohibited without human review": unchecked content
        // or labels, not a change that skipped its approver
        if (hits.stream().anyMatch(h -> h.property() == Property.INPUT_VALIDATION && h.value().equals("none"))
                || LABELLED.matcher(text).find()) {
            hits.removeIf(h -> h.property() == Property.AUTHORIZATION && h.value().equals("no-approval"));
        }
        return hits;
    }

    /** Whether {@code text} states the gap {@code property} = {@code value}. */
    static boolean states(String text, Property property, String value) {
        return find(text).stream().anyMatch(h -> h.property() == property && h.value().equals(value));
    }

    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:does not|doesn't|do not|don't|did not|never|no longer"
            + "|will not|won't|cannot|can't)\\s+(?:\\w+ly\\s+)?$");

    private static java.util.Optional<SecurityPatterns.Hit> first(Control c, String text) {
        if (c.deficient() != null) {
            Matcher m = c.deficient().matcher(text);
            // "does not log response bodies": the weakness itself denied (a pattern that says "does not" starts at it)
            if (m.find() && !TURNED_AWAY.matcher(text.substring(0, m.start())).find()
                    && !NEGATED.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                return java.util.Optional.of(new SecurityPatterns.Hit(c.property(), c.value(), false, m.start(), m.end()));
            }
        }
        if (c.noun() != null) {
            Matcher m = c.noun().matcher(text);
            while (m.find()) {
                if (denied(text, m.start(), m.end()) && !REFUSED.matcher(text.substring(0, m.start())).find()
                        && !Negation.restricts(text, m.end())) {
                    return java.util.Optional.of(new SecurityPatterns.Hit(c.property(), c.value(), false, m.start(),
                            m.end()));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A plain negator among the three words before, in the same clause, or a denial right after. */
    static boolean denied(String text, int start, int end) {
        String before = text.substring(0, start);
        Matcher cut = CLAUSE_END.matcher(before);
        int from = 0;
        while (cut.find()) {
            from = cut.end();
        }
        List<Words.Word> words = Words.of(before.substring(from));
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - 3); i--) {
            String w = words.get(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("but") || w.equals("however")) {
                break;
            }
            if (NEGATOR.matcher(w).matches()) {
                return true;
            }
        }
        String after = text.substring(end);
        Matcher stop = CLAUSE_END.matcher(after);
        return DENIED_AFTER.matcher(stop.find() ? after.substring(0, stop.start()) : after).find();
    }
}

package dev.threatmodelbot.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.threatmodelbot.support.ServiceProcess;
import dev.threatmodelbot.support.TestRedis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A whole session in the local web workspace, in a real headless Chromium: the sample start, two
 * engineers answering, a contradiction raised and settled, the summary's picture, a draft the lead
 * reviews (an outsider's approval refused), the export files downloaded and read, and the same session
 * on the page after the service's process is killed and started again.
 */
class WebWorkspaceBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final String prefix = TestRedis.freshPrefix();
    /** A Wednesday morning, so nothing waits for working hours; the same for both runs of the service. */
    private final Duration offset = Duration.between(Instant.now(), Instant.parse("2026-11-18T10:00:00Z"));
    private ServiceProcess service;
    private Playwright playwright;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(WAIT.toMillis());
        service = startService();
        Optional<Path> chromium = systemChromium();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(chromium.isPresent() ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"));
        chromium.ifPresent(launch::setExecutablePath);
        browser = playwright.chromium().launch(launch);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void should_run_a_whole_session_in_the_browser_and_keep_it_across_a_restart() throws Exception {
        var context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)
                .setViewportSize(1440, 900));
        context.setDefaultTimeout(WAIT.toMillis());
        Page page = context.newPage();
        page.navigate(url());
        be(page, "UROBIN");
        page.click("#sample");
        Locator kickoff = page.locator("#messages .kickoff");
        assertThat(kickoff).containsText("Threat model interview: Orders platform");
        String id = sessionId(kickoff.innerText());
        page.locator("#messages .message").filter(new Locator.FilterOptions().setHas(page.locator(".kickoff")))
                .locator("button.replies").click();
        Locator thread = page.locator("#thread-messages");
        assertThat(thread.locator(".message", new Locator.LocatorOptions().setHasText("Your part of the system")))
                .hasCount(2);

        be(page, "UALICE");
        reply(page, "I build the Orders Service and run the API Gateway <b>myself</b>.");
        Locator typed = thread.locator(".message", new Locator.LocatorOptions().setHasText("Gateway <b>myself</b>."));
        assertThat(typed).hasCount(1); // shown as typed, never as markup
        assertThat(typed.locator(".text b")).hasCount(0);
        be(page, "UBOB");
        reply(page, "I look after the orders database and the receipts bucket. The orders database is not "
                + "encrypted at rest; we never turned KMS on.");
        Locator conflict = thread.locator(".message", new Locator.LocatorOptions().setHasText("don't agree"));
        assertThat(conflict).containsText("encrypted at rest with AWS KMS");
        assertThat(conflict.locator(".mention").first()).hasText("@Bob");
        reply(page, "2");
        assertThat(thread).containsText("noted Orders database — encryption of stored data");

        be(page, "UCAROL");
        command(page, "/threatmodel draft " + id);
        assertThat(page.locator("#messages .private").last()).containsText("Wrapping up");
        Locator picture = thread.locator("img.picture").first();
        assertThat(thread).containsText("Here is what I understood about Orders platform");
        assertThat(picture).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", picture.elementHandle());

        command(page, "/threatmodel draft " + id);
        Locator root = page.locator("#messages .message", new Page.LocatorOptions().setHasText("Draft threat model v1"));
        assertThat(root).hasCount(1);
        root.locator("button.replies").click();
        Locator threats = thread.locator(".message", new Locator.LocatorOptions().setHasText(Pattern.compile("#\\d+ ·")));
        assertThat(threats.nth(2)).isVisible();
        assertThat(threats.nth(0).locator(".threat-card .badge")).hasText(Pattern.compile("CRITICAL|HIGH|MEDIUM|LOW"));
        assertThat(threats.nth(0).locator(".threat-card dt").first()).hasText("Affects");
        assertThat(root.locator(".draft-card .severities .badge")).hasCount(4);
        react(threats.nth(0), "white_check_mark");
        react(threats.nth(1), "white_check_mark");
        react(threats.nth(2), "x");
        assertThat(thread.locator(".message").first()).containsText("2 approved");
        assertThat(thread.locator(".message").first()).containsText("1 rejected");
        page.evaluate("() => { const t = document.querySelector('#thread-messages .threat-card');"
                + " t.closest('.message').scrollIntoView({block: 'start'}); }");
        page.mouse().move(0, 0);
        Files.createDirectories(Path.of("target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/workspace.png")));

        be(page, "UMALLORY");
        react(threats.nth(3), "white_check_mark");
        assertThat(thread.locator(".message.private")).containsText("security lead");
        assertThat(thread.locator(".message").first()).containsText("2 approved");

        be(page, "UCAROL");
        command(page, "/threatmodel status " + id);
        assertThat(page.locator("#messages .status-card")).containsText("Threat-model coverage");
        assertThat(page.locator("#messages .status-card")).containsText("2 approved");
        command(page, "/threatmodel export " + id);
        Locator composer = thread.locator(".file a.download", new Locator.LocatorOptions().setHasText(".tc.json"));
        Locator otm = thread.locator(".file a.download", new Locator.LocatorOptions().setHasText(".otm.json"));
        JsonNode tc = JSON.readTree(download(page, composer));
        assertThat(tc.path("threats").size()).isGreaterThan(0);
        assertThat(tc.path("threats").findValuesAsText("status")).contains("threatResolvedNotUseful");
        JsonNode model = JSON.readTree(download(page, otm));
        assertThat(model.path("otmVersion").asText()).isEqualTo("0.2.0");
        assertThat(model.path("threats").size()).isGreaterThan(0);

        service.kill();
        service = startService();
        page.reload();
        be(page, "UCAROL");
        assertThat(page.locator("#messages .kickoff")).containsText(id);
        assertThat(page.locator("#messages .message", new Page.LocatorOptions().setHasText("Draft threat model v1")))
                .containsText("2 approved");
    }

    private ServiceProcess startService() throws Exception {
        int port = service == null ? 0 : service.port();
        return ServiceProcess.start(Map.of("REDIS_URL", TestRedis.url(), "REDIS_KEY_PREFIX", prefix), port, offset,
                "workspace-" + (service == null ? "first" : "after-kill"));
    }

    private String url() {
        return "http://localhost:" + service.port() + "/";
    }

    @Test
    void should_start_from_a_threat_model_file_attached_to_the_start_form() {
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        context.setDefaultTimeout(WAIT.toMillis());
        Page page = context.newPage();
        page.navigate(url());
        be(page, "UROBIN");

        page.click("#open-form");
        page.fill("#start input[name=system]", "Payments");
        page.check("#engineer-picks input[value=UALICE]");
        page.setInputFiles("#start-file", Path.of("src/test/resources/exports/payments.tc.json"));
        assertThat(page.locator("#start textarea[name=doc]")).hasValue(java.util.regex.Pattern.compile("threatSource"));
        page.click("#start-submit");

        Locator kickoff = page.locator("#messages .kickoff");
        assertThat(kickoff).containsText("Threat model interview: Payments");
        page.locator("#messages .message").filter(new Locator.FilterOptions().setHas(page.locator(".kickoff")))
                .locator("button.replies").click();
        assertThat(page.locator("#thread-messages")).containsText("The start form holds a threat-composer threat "
                + "model: 3 parts, 2 data flows and 3 threats");
        assertThat(page.locator("#messages .kickoff")).containsText("3 parts");
    }

    private static void be(Page page, String who) {
        page.selectOption("#who", who);
        page.waitForFunction("who => document.querySelector('#role') && document.querySelector('#who').value === who", who);
    }

    private static void reply(Page page, String text) {
        page.fill("#thread-text", text);
        page.click("#thread-composer button[type=submit]");
        assertThat(page.locator("#thread-messages")).containsText(text.length() > 40 ? text.substring(0, 40) : text);
    }

    private static void command(Page page, String text) {
        page.fill("#channel-text", text);
        page.press("#channel-text", "Enter");
    }

    private static void react(Locator message, String reaction) {
        message.hover();
        message.locator("button.add-reaction[data-reaction='" + reaction + "']").click();
        assertThat(message.locator("button.reaction[data-reaction='" + reaction + "']")).isVisible();
    }

    private static byte[] download(Page page, Locator link) throws Exception {
        Download d = page.waitForDownload(link::click);
        return Files.readAllBytes(d.path());
    }

    private static String sessionId(String text) {
        Matcher m = Pattern.compile("TM-[A-Z0-9]{4,6}").matcher(text);
        org.assertj.core.api.Assertions.assertThat(m.find()).as("a session id in %s", text).isTrue();
        return m.group();
    }

    /** The Debian/Ubuntu package's browser when there is one; else Playwright's own (it downloads it once). */
    private static Optional<Path> systemChromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}

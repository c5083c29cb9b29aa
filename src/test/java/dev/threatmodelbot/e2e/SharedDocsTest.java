package dev.threatmodelbot.e2e;

import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.BOB;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.SharedDoc;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.SlackUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Design docs shared as files in the session thread: read, cited, replaced, or refused with a reason. */
class SharedDocsTest {
    static final String FLOW = "api-gateway->orders-service";
    Harness h;

    @BeforeEach
    void start() {
        h = Harness.start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    String startWithoutDoc() {
        return h.startFromForm(LEAD, "Orders", List.of(ALICE, BOB), "");
    }

    List<Fact> transport() {
        return h.onlySession().context().factsAbout(FLOW, Property.TRANSPORT);
    }

    boolean posted(String thread, String words) {
        return h.slack.threadPosts(thread).stream().anyMatch(p -> p.get("text").contains(words));
    }

    @Test
    void should_read_a_shared_markdown_file_cite_it_and_replace_it_when_shared_again() {
        String thread = startWithoutDoc();
        String[] md = h.slack.file("F0MD000001", "orders-design.md", "text/markdown", "markdown",
                "# Orders\n## Networking\nThe API Gateway calls the Orders service over mTLS.\n"
                        .getBytes(StandardCharsets.UTF_8));

        h.user.share(ALICE, thread, "", List.<String[]>of(md));

        Eventually.until("read and acknowledged", () -> posted(thread, "I've read *orders-design.md*"));
        assertThat(h.onlySession().documents()).extracting(SharedDoc::name).containsExactly("orders-design.md");
        assertThat(transport()).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("mtls");
            assertThat(f.source().reference()).isEqualTo("orders-design.md §1 Networking");
        });
        assertThat(h.onlySession().answers()).isEmpty(); // a file without words answers nothing

        h.user.reply(BOB, thread, "The API Gateway calls the Orders service over plain HTTP, I set it up.");
        Eventually.until("the contradiction cites the file", () -> h.slack.threadPosts(thread).stream()
                .anyMatch(p -> p.get("text").contains("don't agree")
                        && p.get("text").contains("*orders-design.md* (§1 Networking) says")));

        String[] v2 = h.slack.file("F0MD000002", "orders-design.md", "text/markdown", "markdown",
                "# Orders\n## Networking\nThe API Gateway calls the Orders service over TLS 1.3.\n"
                        .getBytes(StandardCharsets.UTF_8));
        h.user.share(ALICE, thread, "Updated after the review", List.<String[]>of(v2));

        Eventually.until("the new version replaces the old", () -> posted(thread, "replacing the earlier version"));
        assertThat(transport()).filteredOn(f -> f.value().equals("mtls")).extracting(Fact::status)
                .containsOnly(FactStatus.SUPERSEDED);
        assertThat(transport()).anyMatch(f -> f.value().equals("tls") && f.status() != FactStatus.SUPERSEDED);
        assertThat(h.onlySession().documents()).extracting(SharedDoc::fileId).containsExactly("F0MD000002");
        String status = SlackUser.ackText(h.user.command(LEAD, "status " + h.onlySession().id()));
        assertThat(status).contains("Shared docs: orders-design.md");
    }

    @Test
    void should_read_a_pdf_and_refuse_what_it_cannot_read_with_a_reason() throws IOException {
        String thread = startWithoutDoc();
        String[] pdf = h.slack.file("F0PDF00001", "architecture.pdf", "application/pdf", "pdf",
                pdf("2 Storage", "Customer records are stored in the Orders DB, encrypted with AWS KMS."));
        String[] docx = h.slack.file("F0DOCX0001", "notes.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", new byte[] {1, 2});
        String[] huge = {"F0HUGE0001", "dump.txt", "text/plain", "text", String.valueOf(25L * 1024 * 1024),
            h.slack.apiUrl() + "never-fetched"};
        String[] foreign = {"F0EVIL0001", "design.md", "text/markdown", "markdown", "100",
            "https://attacker.example.com/steal.md"};

        h.user.share(BOB, thread, "", List.of(pdf, docx, huge, foreign));

        Eventually.until("the pdf read", () -> posted(thread, "I've read *architecture.pdf*"));
        Eventually.until("the docx refused", () -> posted(thread, "I couldn't read *notes.docx*: I read Markdown, "
                + "plain text, PDF and OpenAPI"));
        Eventually.until("the big file refused", () -> posted(thread, "I couldn't read *dump.txt*: it is 25.0 MB"));
        Eventually.until("the foreign URL refused", () -> posted(thread, "I couldn't read *design.md*: Slack "
                + "wouldn't let me download it"));
        assertThat(h.slack.downloads("F0HUGE0001")).isZero();
        assertThat(h.onlySession().context().facts()).anyMatch(f -> f.property() == Property.ENCRYPTION_AT_REST
                && f.source().reference().startsWith("architecture.pdf §"));
        assertThat(h.slack.threadPosts(thread)).noneMatch(p -> p.get("text").contains("Exception"));
    }

    @Test
    void should_not_let_someone_outside_the_review_add_a_doc() {
        String thread = startWithoutDoc();
        String[] md = h.slack.file("F0OUT00001", "orders-design.md", "text/markdown", "markdown",
                "## Networking\nThe API Gateway calls the Orders service over plain HTTP.\n"
                        .getBytes(StandardCharsets.UTF_8));

        h.user.share("U0OUTSIDER", thread, "", List.<String[]>of(md));

        Eventually.until("refused", () -> posted(thread, "I couldn't read *orders-design.md*: only the people "
                + "taking part in this review add design docs"));
        assertThat(h.slack.downloads("F0OUT00001")).isZero();
        assertThat(h.onlySession().documents()).isEmpty();
        assertThat(transport()).isEmpty();
    }

    private static byte[] pdf(String heading, String body) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText(heading);
                text.newLineAtOffset(0, -20);
                text.showText(body);
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}

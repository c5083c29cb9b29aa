package dev.threatmodelbot.adapter.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodelbot.application.port.DocumentReader;
import dev.threatmodelbot.application.port.DocumentReader.UnreadableDocument;
import dev.threatmodelbot.domain.context.DocSection;
import dev.threatmodelbot.domain.context.DocSections;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentReadersTest {
    static final DocumentReaders READER = new DocumentReaders();

    static String read(String name, String mime, byte[] content) throws UnreadableDocument {
        return READER.read(name, mime, content).orElseThrow();
    }

    @Test
    void should_return_markdown_as_is_without_its_bom_and_with_lf_line_ends() throws Exception {
        // given
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "# Design\r\n\r\nOrders go to Postgres.\r\n".getBytes(UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);

        // when
        String text = read("design.md", "text/plain", content);

        // then
        assertThat(text).isEqualTo("# Design\n\nOrders go to Postgres.\n");
    }

    @Test
    void should_read_bytes_that_are_not_utf8_as_windows_1252() throws Exception {
        // given: "Café – naïve" as a Windows editor saves it
        byte[] content = "Café – naïve\r\n".getBytes(Charset.forName("windows-1252"));

        // when
        String text = read("notes.txt", "text/plain", content);

        // then
        assertThat(text).isEqualTo("Café – naïve\n");
    }

    @Test
    void should_read_a_pdf_page_by_page_and_make_numbered_headings_citable() throws Exception {
        // given
        byte[] pdf = Pdfs.pages(
                new String[] {"2. Architecture", "The gateway calls the Orders service."},
                new String[] {"2.1 Storage", "Orders are stored in Postgres, encrypted at rest with KMS."});

        // when
        String text = read("design.pdf", "application/pdf", pdf);

        // then
        assertThat(text).contains("The gateway calls the Orders service.", "encrypted at rest with KMS")
                .contains("## 2. Architecture\n", "### 2.1 Storage\n")
                .contains("service.\n\n### 2.1");
        List<DocSection> sections = DocSections.split(text);
        assertThat(sections).extracting(DocSection::citation).containsExactly("§2 Architecture", "§2.1 Storage");
        assertThat(sections.get(1).text()).contains("Postgres");
    }

    @Test
    void should_refuse_a_password_protected_pdf_saying_so() {
        // given
        byte[] pdf = Pdfs.passwordProtected(new String[] {"Secret design"});

        // when / then
        assertThatThrownBy(() -> READER.read("design.pdf", "application/pdf", pdf))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessage("design.pdf is password-protected; share an unprotected copy");
    }

    @Test
    void should_refuse_a_pdf_without_a_text_layer() {
        // given: one blank page, as a scan without OCR reads
        byte[] pdf = Pdfs.pages(new String[0]);

        // when / then
        assertThatThrownBy(() -> READER.read("scan.pdf", "application/pdf", pdf))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("scan.pdf has no selectable text");
    }

    @Test
    void should_refuse_corrupt_bytes_named_pdf_in_plain_words() {
        // given
        byte[] junk = "%PDF-1.7\nthis is not really a PDF at all".getBytes(UTF_8);

        // when / then
        assertThatThrownBy(() -> READER.read("broken.pdf", "application/pdf", junk))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageStartingWith("broken.pdf could not be read as a PDF")
                .message().doesNotContain("Exception", "org.apache", "\n");
    }

    @Test
    void should_tell_a_pdf_and_a_text_by_their_bytes_when_name_and_mimetype_say_nothing() throws Exception {
        // given
        byte[] pdf = Pdfs.pages(new String[] {"Requests use TLS 1.3."});

        // when
        String fromPdf = read("upload", "application/octet-stream", pdf);
        String fromText = read("README", "", "Plain words.\n".getBytes(UTF_8));

        // then
        assertThat(fromPdf).contains("Requests use TLS 1.3.");
        assertThat(fromText).isEqualTo("Plain words.\n");
    }

    @Test
    void should_not_read_kinds_it_does_not_know() throws Exception {
        // given
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};

        // when / then
        assertThat(READER.read("design.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml"
                + ".document", zip)).isEmpty();
        assertThat(READER.read("diagram.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
        assertThat(READER.read("bundle.zip", "application/octet-stream", zip)).isEmpty();
    }

    @Test
    void should_refuse_a_file_larger_than_the_limit_saying_the_limit_in_mb() {
        // given
        byte[] big = new byte[(int) DocumentReader.MAX_BYTES + 1];

        // when / then
        assertThatThrownBy(() -> READER.read("huge.txt", "text/plain", big))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("huge.txt is larger than 10 MB");
    }

    @Test
    void should_cut_long_text_and_say_so_on_a_last_line() throws Exception {
        // given
        String line = "The Orders service writes to Postgres.\n";
        String doc = line.repeat(DocumentReader.MAX_CHARS / line.length() + 100);

        // when
        String text = read("long.md", "text/markdown", doc.getBytes(UTF_8));

        // then
        assertThat(text).hasSizeLessThan(DocumentReader.MAX_CHARS + 100)
                .startsWith(line)
                .endsWith("\n\n[… cut off: the document is longer than 300000 characters]\n");
        assertThat(text.lines().filter(l -> !l.isEmpty()).toList()).allMatch(l -> l.equals(line.strip())
                || l.startsWith("[… cut off"));
    }

    @Test
    void should_read_short_text_whole() throws Exception {
        // when
        Optional<String> text = READER.read("empty.txt", "text/plain", new byte[0]);

        // then
        assertThat(text).contains("");
    }
}

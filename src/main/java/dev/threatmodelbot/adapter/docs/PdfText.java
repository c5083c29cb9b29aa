package dev.threatmodelbot.adapter.docs;

import dev.threatmodelbot.application.port.DocumentReader.UnreadableDocument;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, page by page with a blank line between pages, numbered headings marked
 * up (see {@link PdfHeadings}). Stops reading pages once the text is longer than the reader keeps.
 * PDFBox failures become an {@link UnreadableDocument} with a plain reason.
 */
final class PdfText {

    private PdfText() {}

    static String read(String name, byte[] content) throws UnreadableDocument {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocument(name + " is password-protected against copying its text; "
                        + "share an unprotected copy");
            }
            String text = pages(pdf);
            if (text.isBlank()) {
                throw new UnreadableDocument(name + " has no selectable text (it looks like a scanned image); "
                        + "share a PDF with a text layer or paste the text");
            }
            return PdfHeadings.mark(text);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocument(name + " is password-protected; share an unprotected copy");
        } catch (OutOfMemoryError e) {
            // a decompression bomb: a small file whose page streams inflate without end
            throw new UnreadableDocument(name + " expands to far more text than a design doc holds, so I stopped "
                    + "reading it. Export it again (or share the relevant pages) and try once more");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // a damaged or hostile file: PDFBox fails in many ways, none of them worth showing
            throw new UnreadableDocument(name + " could not be read as a PDF: it is damaged or not a PDF. "
                    + "Export it again and share the new copy");
        }
    }

    /** More pages than any design doc has; a longer file is read up to here and says so. */
    static final int MAX_PAGES = 500;

    private static String pages(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setPageEnd("\n\n");
        int pages = pdf.getNumberOfPages();
        stripper.setStartPage(1);
        stripper.setEndPage(Math.min(pages, MAX_PAGES)); // one pass: per-page calls walk the page tree each time
        String text = clean(stripper.getText(pdf)).strip().replaceAll("\n{3,}", "\n\n");
        if (pages > MAX_PAGES && !text.isBlank()) {
            text += "\n\n[… only the first " + MAX_PAGES + " of " + pages + " pages were read]";
        }
        return text + "\n";
    }

    /** Control characters out, no-break spaces as spaces, no trailing blanks on a line. */
    private static String clean(String page) {
        return page.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "")
                .replace('\u00A0', ' ')
                .replaceAll("[ \\t]+\n", "\n");
    }
}

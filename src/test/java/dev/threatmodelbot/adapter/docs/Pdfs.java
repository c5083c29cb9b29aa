package dev.threatmodelbot.adapter.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs made on the spot: each page a list of lines in Helvetica; a blank page has none. */
final class Pdfs {

    private Pdfs() {}

    static byte[] pages(String[]... pages) {
        return save(document(pages));
    }

    static byte[] passwordProtected(String[]... pages) {
        PDDocument pdf = document(pages);
        try {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(pdf);
    }

    private static PDDocument document(String[]... pages) {
        PDDocument pdf = new PDDocument();
        for (String[] lines : pages) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            if (lines.length > 0) {
                write(pdf, page, lines);
            }
        }
        return pdf;
    }

    private static void write(PDDocument pdf, PDPage page, String[] lines) {
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.setLeading(16);
            content.newLineAtOffset(72, 700);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument pdf) {
        try (pdf) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.unionaid.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text a reader sees in a PDF (PDFBox's extraction), for tests of printable documents. */
public final class PdfText {

    private PdfText() {
    }

    /** Keeps a PDF under target/pdf for looking at what a reader gets (like the browser tests' screenshots). */
    public static void keep(String name, byte[] pdf) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target/pdf");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the fonts of the first page (to check the shipped font is embedded). */
    public static java.util.List<String> fonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.util.List<String> names = new java.util.ArrayList<>();
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                names.add(font.getName() + (font.isEmbedded() ? " (embedded)" : ""));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.unionaid.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Printable documents (the file's approval form, a decision letter, a benefit statement, a batch's payment list):
 * a Thymeleaf template under {@code templates/pdf/} rendered in the reader's language to XHTML, then laid out into
 * a PDF by openhtmltopdf with the CJK font shipped in the jar ({@code fonts/DroidSansFallbackFull.ttf}, Apache 2.0;
 * subset into each PDF), so a PDF reads the same on every machine whatever fonts it has. Templates use the same
 * message keys and beans ({@code @times}) as the pages; they must be well-formed XHTML.
 */
@Component
public class PdfDocuments {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;
    static final String FONT = "fonts/DroidSansFallbackFull.ttf";
    static final String FONT_FAMILY = "UnionAid CJK";

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final ConversionService conversions;

    PdfDocuments(ITemplateEngine templates, ApplicationContext application,
                 @org.springframework.beans.factory.annotation.Qualifier("mvcConversionService")
                 ConversionService conversions) {
        this.templates = templates;
        this.application = application;
        this.conversions = conversions;
    }

    /** The PDF of {@code templates/pdf/<template>.html} with the model, in the locale's language. */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        Context context = new Context(locale);
        model.forEach(context::setVariable);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversions));
        String xhtml = templates.process("pdf/" + template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(PdfDocuments::font, FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same as a download named {@code fileName}. */
    public ResponseEntity<byte[]> download(String template, Map<String, ?> model, Locale locale, String fileName) {
        return ResponseEntity.ok().contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .body(render(template, model, locale));
    }

    private static InputStream font() {
        InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("the PDF font " + FONT + " is missing from the classpath");
        }
        return in;
    }
}

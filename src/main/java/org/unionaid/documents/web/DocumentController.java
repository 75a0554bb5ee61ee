package org.unionaid.documents.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.unionaid.documents.DocumentContent;
import org.unionaid.documents.Documents;

/** Serves a document to those who may see it; images inline, everything else as a download. */
@Controller
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> open(@PathVariable long id) {
        DocumentContent content = documents.open(id);
        ContentDisposition disposition = (content.document().isImage() ? ContentDisposition.inline()
                : ContentDisposition.attachment())
                .filename(content.document().originalName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.document().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content.bytes());
    }
}

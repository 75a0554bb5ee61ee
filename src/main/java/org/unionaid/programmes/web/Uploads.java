package org.unionaid.programmes.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;
import org.unionaid.documents.DocumentKind;
import org.unionaid.programmes.ApplicationDocument;

/** Turns the file inputs of a form into documents, skipping inputs left empty. */
final class Uploads {

    private Uploads() {
    }

    static List<ApplicationDocument> of(List<MultipartFile> files, DocumentKind kind) {
        return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
            try {
                String name = f.getOriginalFilename() == null ? "upload" : f.getOriginalFilename();
                return new ApplicationDocument(kind, name, f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}

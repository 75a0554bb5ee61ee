package org.unionaid.hardship.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;
import org.unionaid.documents.DocumentKind;
import org.unionaid.hardship.Upload;

/** Turns the file inputs of a form into uploads, skipping inputs left empty. */
final class Uploads {

    private Uploads() {
    }

    static List<Upload> of(List<MultipartFile> files, DocumentKind kind) {
        return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
            try {
                String name = f.getOriginalFilename() == null ? "upload" : f.getOriginalFilename();
                return new Upload(kind, name, f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}

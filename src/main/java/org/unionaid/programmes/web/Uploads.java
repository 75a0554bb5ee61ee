package org.unionaid.programmes.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.unionaid.documents.DocumentKind;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.programmes.ApplicationDocument;

/**
 * Turns the file inputs of a form into documents. Only an input left empty ("no file chosen": no file name
 * and no bytes) is skipped; a chosen file of 0 bytes is passed on, so {@code DocumentManagement} refuses it
 * ({@code document.empty}) like any other bad file, and {@link #reject} puts the message on the input.
 */
final class Uploads {

    private Uploads() {
    }

    static List<ApplicationDocument> of(List<MultipartFile> files, DocumentKind kind) {
        return files.stream().filter(f -> f != null && chosen(f)).map(f -> {
            try {
                String name = f.getOriginalFilename() == null ? "upload" : f.getOriginalFilename();
                return new ApplicationDocument(kind, name, f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** Whether a file was chosen in the input: it has a file name, or bytes. */
    static boolean chosen(MultipartFile file) {
        String name = file.getOriginalFilename();
        return (name != null && !name.isBlank()) || !file.isEmpty();
    }

    /**
     * A refused business rule on the form: a refused document ({@code document.*}, whose first argument is the
     * file name) becomes the error of the file input that holds a file of that name, anything else a global
     * error; either way the form is shown again with what the user typed.
     */
    static void reject(BindingResult result, BusinessRuleException e, Map<String, List<MultipartFile>> inputs) {
        if (e.code().startsWith("document.") && e.args().length > 0) {
            for (Map.Entry<String, List<MultipartFile>> input : inputs.entrySet()) {
                boolean holds = input.getValue().stream().anyMatch(f -> f != null
                        && String.valueOf(e.args()[0]).equals(f.getOriginalFilename()));
                if (holds) {
                    result.rejectValue(input.getKey(), e.code(), e.args(), e.code());
                    return;
                }
            }
        }
        result.reject(e.code(), e.args(), e.code());
    }
}

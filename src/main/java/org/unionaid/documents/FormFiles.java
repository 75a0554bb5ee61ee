package org.unionaid.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.unionaid.shared.BusinessRuleException;

/**
 * The file inputs of a form, for every module's upload forms. Only an input left empty ("no file chosen": no file
 * name and no bytes) is skipped; a chosen file of 0 bytes is passed on, so {@link Documents} refuses it
 * ({@code document.empty}) like any other bad file, and {@link #reject} puts the message on the input.
 */
public final class FormFiles {

    /** What a module makes of one chosen file (its own upload record). */
    @FunctionalInterface
    public interface Upload<T> {
        T of(String fileName, byte[] content);
    }

    private FormFiles() {
    }

    /** The chosen files of an input, each made into the module's upload record. */
    public static <T> List<T> of(List<MultipartFile> files, Upload<T> upload) {
        return files.stream().filter(f -> f != null && chosen(f)).map(f -> {
            try {
                return upload.of(fileName(f, "upload"), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** Whether a file was chosen in the input: it has a file name, or bytes. */
    public static boolean chosen(@Nullable MultipartFile file) {
        if (file == null) {
            return false;
        }
        String name = file.getOriginalFilename();
        return (name != null && !name.isBlank()) || !file.isEmpty();
    }

    /** The file's name as the user's machine gave it, or {@code fallback} when it gave none. */
    public static String fileName(MultipartFile file, String fallback) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? fallback : name;
    }

    /**
     * A refused business rule on the form: a refused document ({@code document.*}, whose first argument is the
     * file name) becomes the error of the file input that holds a file of that name, anything else a global
     * error; either way the form is shown again with what the user typed.
     */
    public static void reject(BindingResult result, BusinessRuleException e, Map<String, List<MultipartFile>> inputs) {
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

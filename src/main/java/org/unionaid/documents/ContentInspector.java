package org.unionaid.documents;

import java.util.Locale;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;
import org.unionaid.shared.BusinessRuleException;

/**
 * Detects a file's type from its bytes (magic numbers), never from its name, then checks that the name's
 * extension fits what was detected: an executable renamed {@code photo.jpg} is refused.
 */
@Component
class ContentInspector {

    private final Tika tika = new Tika();
    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

    /** Returns the detected media type, or refuses the file with a message code. */
    String inspect(byte[] bytes, String originalName, Set<String> allowed) {
        String detected = tika.detect(bytes);
        if (!allowed.contains(detected)) {
            throw new BusinessRuleException("document.type.notAllowed", detected);
        }
        String extension = extensionOf(originalName);
        if (!extension.isEmpty() && !extensionsOf(detected).contains(extension)) {
            throw new BusinessRuleException("document.type.extensionMismatch", "." + extension, detected);
        }
        return detected;
    }

    private Set<String> extensionsOf(String mediaType) {
        try {
            MimeType type = mimeTypes.forName(mediaType);
            return Set.copyOf(type.getExtensions().stream()
                    .map(e -> e.substring(1).toLowerCase(Locale.ROOT)).toList());
        } catch (MimeTypeException e) {
            return Set.of();
        }
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

package org.unionaid.documents;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize largest accepted document
 * @param allowedTypes media types accepted, as detected from the content
 */
@ConfigurationProperties("unionaid.documents")
public record DocumentProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue({"image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf"})
        List<String> allowedTypes) {
}

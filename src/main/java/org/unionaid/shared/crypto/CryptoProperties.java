package org.unionaid.shared.crypto;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys for field encryption and lookup hashes ({@code unionaid.crypto.*}).
 *
 * @param encryptionKeys key version (letters and digits, e.g. {@code v1}) → base64 of a 32-byte AES key;
 *                       keep old versions after a rotation so existing values still decrypt
 * @param currentKeyVersion the version new values are encrypted with
 * @param lookupKey base64 of the HMAC key for lookup hashes (at least 32 bytes); never rotate it without
 *                  recomputing every stored hash
 */
@ConfigurationProperties("unionaid.crypto")
public record CryptoProperties(
        @DefaultValue Map<String, String> encryptionKeys,
        @DefaultValue("v1") String currentKeyVersion,
        @Nullable String lookupKey) {

    /** The configured keys, without blank entries (an unset environment variable gives a blank). */
    Map<String, String> presentEncryptionKeys() {
        Map<String, String> present = new java.util.TreeMap<>();
        encryptionKeys.forEach((version, key) -> {
            if (key != null && !key.isBlank()) {
                present.put(version, key.strip());
            }
        });
        return present;
    }

    boolean hasLookupKey() {
        return lookupKey != null && !lookupKey.isBlank();
    }
}

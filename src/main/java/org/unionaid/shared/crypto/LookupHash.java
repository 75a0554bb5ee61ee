package org.unionaid.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed lookup hash (HMAC-SHA-256, lower-case hex) of a normalised value such as a national ID. Keyed,
 * because an ID has so little entropy (region, birth date, 4 characters) that a plain hash is reversed in
 * seconds; its own key, so the encryption key never touches it.
 */
public final class LookupHash {

    private final SecretKeySpec key;

    public LookupHash(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new FieldCryptoException("unionaid.crypto.lookup-key is not valid base64");
        }
        if (bytes.length < 32) {
            throw new FieldCryptoException("unionaid.crypto.lookup-key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String of(String normalisedValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new FieldCryptoException("Lookup hash failed", e);
        }
    }
}

package org.unionaid.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for single text fields. A stored value is {@code <version>:base64(nonce ‖ ciphertext ‖ tag)}
 * with a random 96-bit nonce per value, so equal plaintexts give different values; the version names the
 * key, so values written with an older key still decrypt after {@code currentKeyVersion} moves on.
 */
public final class FieldCipher {

    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9]{1,16}");
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String currentVersion;
    private final SecureRandom random = new SecureRandom();

    /** @param base64Keys key version → base64 of a 32-byte key */
    public FieldCipher(Map<String, String> base64Keys, String currentVersion) {
        Map<String, SecretKey> decoded = new TreeMap<>();
        base64Keys.forEach((version, key) -> {
            if (!VERSION.matcher(version).matches()) {
                throw new FieldCryptoException("Encryption key version '" + version
                        + "' must be 1-16 letters or digits");
            }
            decoded.put(version, new SecretKeySpec(decodeKey(key, "encryption key " + version), "AES"));
        });
        if (!decoded.containsKey(currentVersion)) {
            throw new FieldCryptoException("unionaid.crypto.current-key-version is '" + currentVersion
                    + "' but there is no key with that version in unionaid.crypto.encryption-keys " + decoded.keySet());
        }
        this.keys = Map.copyOf(decoded);
        this.currentVersion = currentVersion;
    }

    static byte[] decodeKey(String base64, String what) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new FieldCryptoException("The " + what + " is not valid base64");
        }
        if (key.length != 32) {
            throw new FieldCryptoException("The " + what + " must be 32 bytes (base64 of 32 random bytes), not "
                    + key.length);
        }
        return key;
    }

    public String encrypt(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentVersion), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(currentVersion.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return currentVersion + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new FieldCryptoException("Encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        int colon = stored.indexOf(':');
        if (colon < 1) {
            throw new FieldCryptoException("Stored value has no key version prefix");
        }
        String version = stored.substring(0, colon);
        SecretKey key = keys.get(version);
        if (key == null) {
            throw new FieldCryptoException("No encryption key for version '" + version
                    + "': add it to unionaid.crypto.encryption-keys (keys of earlier versions must be kept)");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            if (in.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new FieldCryptoException("Stored value is too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(version.getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new FieldCryptoException("Stored value is not valid base64", e);
        } catch (GeneralSecurityException e) {
            throw new FieldCryptoException("Stored value failed authentication (tampered or wrong key)", e);
        }
    }

    public String currentVersion() {
        return currentVersion;
    }
}

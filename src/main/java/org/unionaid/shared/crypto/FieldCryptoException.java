package org.unionaid.shared.crypto;

/** A stored value that cannot be decrypted (unknown key version, tampered or damaged), or bad key material. */
public class FieldCryptoException extends RuntimeException {

    public FieldCryptoException(String message) {
        super(message);
    }

    public FieldCryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}

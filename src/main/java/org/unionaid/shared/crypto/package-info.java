/**
 * Encryption of personal fields at rest (AES-256-GCM with a key version in every stored value, so old
 * keys keep decrypting after a rotation) and keyed lookup hashes (HMAC-SHA-256) that let an encrypted
 * national ID be found without decrypting every row. Keys live outside the database: see
 * {@link org.unionaid.shared.crypto.CryptoConfiguration}.
 */
@NullMarked
package org.unionaid.shared.crypto;

import org.jspecify.annotations.NullMarked;

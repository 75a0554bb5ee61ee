package org.unionaid.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTests {

    private static final String KEY1 = "P8l7LlYUKUkfTe9OaFTDt2kGLal6g7riRk9Gt5YYWwk=";
    private static final String KEY2 = "pNWlpEFcdnobZiJ9edl2lY+p69oIK+s7WZMsIaAHLJo=";

    private final FieldCipher cipher = new FieldCipher(Map.of("v1", KEY1), "v1");

    @Test
    void roundTripsTextIncludingChinese() {
        String stored = cipher.encrypt("610113199003071237 王秀兰");
        assertThat(stored).startsWith("v1:").doesNotContain("610113199003071237");
        assertThat(cipher.decrypt(stored)).isEqualTo("610113199003071237 王秀兰");
    }

    @Test
    void twoEncryptionsOfTheSamePlaintextDiffer() {
        assertThat(cipher.encrypt("610113199003071237")).isNotEqualTo(cipher.encrypt("610113199003071237"));
    }

    @Test
    void tamperedCiphertextFailsAuthentication() {
        String stored = cipher.encrypt("610113199003071237");
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[bytes.length - 5] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(FieldCryptoException.class).hasMessageContaining("tampered");
    }

    @Test
    void aValueRelabelledWithAnotherKeyVersionFails() {
        FieldCipher both = new FieldCipher(Map.of("v1", KEY1, "v2", KEY2), "v2");
        String stored = both.encrypt("secret");
        assertThatThrownBy(() -> both.decrypt("v1" + stored.substring(2))).isInstanceOf(FieldCryptoException.class);
    }

    @Test
    void unknownKeyVersionFailsWithAClearMessage() {
        String stored = new FieldCipher(Map.of("v9", KEY2), "v9").encrypt("secret");
        assertThatThrownBy(() -> cipher.decrypt(stored))
                .isInstanceOf(FieldCryptoException.class)
                .hasMessageContaining("No encryption key for version 'v9'");
    }

    @Test
    void valuesOfAnOlderKeyStillDecryptAfterRotation() {
        String old = cipher.encrypt("6222020200112233445");
        FieldCipher rotated = new FieldCipher(Map.of("v1", KEY1, "v2", KEY2), "v2");
        assertThat(rotated.decrypt(old)).isEqualTo("6222020200112233445");
        assertThat(rotated.encrypt("x")).startsWith("v2:");
    }

    @Test
    void refusesKeysOfTheWrongLengthAndAMissingCurrentVersion() {
        assertThatThrownBy(() -> new FieldCipher(Map.of("v1", "c2hvcnQ="), "v1"))
                .isInstanceOf(FieldCryptoException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new FieldCipher(Map.of("v1", KEY1), "v2"))
                .isInstanceOf(FieldCryptoException.class).hasMessageContaining("current-key-version");
    }

    @Test
    void lookupHashIsKeyedAndStable() {
        LookupHash hash = new LookupHash(KEY1);
        assertThat(hash.of("610113199003071237")).hasSize(64).isEqualTo(hash.of("610113199003071237"))
                .isNotEqualTo(new LookupHash(KEY2).of("610113199003071237"));
    }

    @Test
    void developmentKeysAreGeneratedOnceAndReadableByTheOwnerOnly(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys");
        String first = CryptoConfiguration.DevelopmentKeys.load(keys, "encryption-v1.key");
        String again = CryptoConfiguration.DevelopmentKeys.load(keys, "encryption-v1.key");
        assertThat(again).isEqualTo(first);
        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("encryption-v1.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
    }
}

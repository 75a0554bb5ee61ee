package org.unionaid.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class CryptoConfigurationTests {

    private final CryptoConfiguration configuration = new CryptoConfiguration();
    private final CryptoProperties none = new CryptoProperties(Map.of("v1", ""), "v1", "");

    @Test
    void productionWithoutKeysRefusesToStartWithAClearMessage(@TempDir Path dir) {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> configuration.fieldCipher(none, prod, dir))
                .isInstanceOf(FieldCryptoException.class).hasMessageContaining("UNIONAID_ENCRYPTION_KEY")
                .hasMessageContaining("prod");
        assertThatThrownBy(() -> configuration.lookupHash(none, prod, dir))
                .isInstanceOf(FieldCryptoException.class).hasMessageContaining("UNIONAID_LOOKUP_KEY");
        assertThat(dir.resolve("keys")).doesNotExist();
    }

    @Test
    void developmentWithoutKeysGeneratesKeysThatSurviveARestart(@TempDir Path dir) {
        MockEnvironment dev = new MockEnvironment();
        String stored = configuration.fieldCipher(none, dev, dir).encrypt("610113199003071237");
        String hash = configuration.lookupHash(none, dev, dir).of("610113199003071237");

        // a "restart": new beans from the same data directory
        assertThat(configuration.fieldCipher(none, dev, dir).decrypt(stored)).isEqualTo("610113199003071237");
        assertThat(configuration.lookupHash(none, dev, dir).of("610113199003071237")).isEqualTo(hash);
    }
}

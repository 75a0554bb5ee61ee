package org.unionaid.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Builds the {@link FieldCipher} and the {@link LookupHash} from {@link CryptoProperties}. When no keys are
 * configured, outside the {@code prod} profile, keys are generated once and kept (owner-only) under
 * {@code ${unionaid.data-dir}/keys/}, so a restart still decrypts the data; with {@code prod} and no keys
 * the application refuses to start.
 */
@Configuration(proxyBeanMethods = false)
public class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    FieldCipher fieldCipher(CryptoProperties properties, Environment environment,
                            @Value("${unionaid.data-dir:./data}") Path dataDir) {
        Map<String, String> keys = properties.presentEncryptionKeys();
        if (keys.isEmpty()) {
            refuseInProduction(environment, "unionaid.crypto.encryption-keys (UNIONAID_ENCRYPTION_KEY)");
            String version = properties.currentKeyVersion();
            keys = Map.of(version, DevelopmentKeys.load(dataDir.resolve("keys"), "encryption-" + version + ".key"));
        }
        return new FieldCipher(keys, properties.currentKeyVersion());
    }

    @Bean
    LookupHash lookupHash(CryptoProperties properties, Environment environment,
                          @Value("${unionaid.data-dir:./data}") Path dataDir) {
        if (properties.hasLookupKey()) {
            return new LookupHash(java.util.Objects.requireNonNull(properties.lookupKey()));
        }
        refuseInProduction(environment, "unionaid.crypto.lookup-key (UNIONAID_LOOKUP_KEY)");
        return new LookupHash(DevelopmentKeys.load(dataDir.resolve("keys"), "lookup.key"));
    }

    private static void refuseInProduction(Environment environment, String setting) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new FieldCryptoException("No key configured for " + setting
                    + ". With the prod profile keys are never generated: set it to base64 of 32 random bytes "
                    + "(e.g. `openssl rand -base64 32`) and keep it outside the database and its backups.");
        }
    }

    /** Generated keys for development and first runs, one base64 line per file. */
    static final class DevelopmentKeys {

        private DevelopmentKeys() {
        }

        static synchronized String load(Path directory, String fileName) {
            Path file = directory.resolve(fileName);
            try {
                if (Files.exists(file)) {
                    return Files.readString(file, StandardCharsets.US_ASCII).strip();
                }
                Files.createDirectories(directory);
                restrict(directory, "rwx------");
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                String encoded = Base64.getEncoder().encodeToString(key);
                Path temp = Files.createTempFile(directory, fileName, ".tmp");
                restrict(temp, "rw-------");
                Files.writeString(temp, encoded + "\n", StandardCharsets.US_ASCII);
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                log.warn("Generated a development key {}: keep this file, or the encrypted data cannot be read. "
                        + "Production must configure its keys.", file.toAbsolutePath());
                return encoded;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read or create the key file " + file, e);
            }
        }

        private static void restrict(Path path, String permissions) throws IOException {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
            }
        }
    }
}

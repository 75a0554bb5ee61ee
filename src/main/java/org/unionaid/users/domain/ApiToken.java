package org.unionaid.users.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An API token of an account: only its SHA-256 (hex) and its first characters are kept. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id")
    private long userId;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "token_hint")
    private String tokenHint;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by")
    private @Nullable Long revokedBy;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Version
    private long version;

    protected ApiToken() {
        this.name = "";
        this.tokenHash = "";
        this.tokenHint = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public ApiToken(long userId, String name, String tokenHash, String tokenHint, long createdBy, Instant createdAt,
                    Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public void revoke(long byUserId, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = byUserId;
        }
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("token not saved yet");
        }
        return id;
    }

    public long userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    /** The SHA-256 of the token, as stored. */
    public String tokenHash() {
        return tokenHash;
    }

    public String tokenHint() {
        return tokenHint;
    }

    public long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public @Nullable Long revokedBy() {
        return revokedBy;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }
}

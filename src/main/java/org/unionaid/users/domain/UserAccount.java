package org.unionaid.users.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.shared.security.Role;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "branch_id")
    private long branchId;

    @Column(name = "worker_id")
    private @Nullable Long workerId;

    private @Nullable String email;
    private @Nullable String locale;
    private boolean enabled = true;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private @Nullable Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    private @Nullable Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    protected UserAccount() {
        this.username = "";
        this.passwordHash = "";
        this.displayName = "";
    }

    public UserAccount(String username, String passwordHash, String displayName, long branchId, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.branchId = branchId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordChangedAt = Instant.now();
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; at {@code maxAttempts} the account is locked until {@code lockUntil}. */
    public void recordFailedLogin(int maxAttempts, Instant lockUntil) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = lockUntil;
            failedAttempts = 0;
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangedAt = Instant.now();
    }

    public void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void moveToBranch(long newBranchId) {
        this.branchId = newBranchId;
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public void changeEmail(@Nullable String newEmail) {
        this.email = newEmail;
    }

    public void linkWorker(long newWorkerId) {
        this.workerId = newWorkerId;
    }

    public void preferLocale(@Nullable String languageTag) {
        this.locale = languageTag;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("user not saved yet");
        }
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public long branchId() {
        return branchId;
    }

    public @Nullable Long workerId() {
        return workerId;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String locale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public @Nullable Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}

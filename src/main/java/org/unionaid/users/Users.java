package org.unionaid.users;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchView;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.RecordNotFoundException;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;
import org.unionaid.users.domain.UserAccount;
import org.unionaid.users.domain.UserAccountRepository;

/**
 * User accounts: created by a SYSADMIN (staff) or by a worker's self-registration; roles, branch,
 * lock-out, password and language. Every change is audited; passwords never appear in the trail.
 */
@Service
@Transactional
public class Users {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Branches branches;
    private final SecurityProperties properties;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApiTokenCache tokens;

    Users(UserAccountRepository users, PasswordEncoder passwordEncoder, Branches branches,
                   SecurityProperties properties, AuditTrail audit, Clock clock, ApiTokenCache tokens) {
        this.tokens = tokens;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.branches = branches;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    public UserSummary create(CreateUser command) {
        if (users.existsByUsername(command.username())) {
            throw new BusinessRuleException("user.username.taken", command.username());
        }
        checkPassword(command.password());
        BranchView branch = branches.get(command.branchId());
        if (!branch.active()) {
            throw new BusinessRuleException("branch.inactive");
        }
        if (command.roles().isEmpty()) {
            throw new BusinessRuleException("user.roles.required");
        }
        UserAccount account = new UserAccount(command.username(), passwordEncoder.encode(command.password()),
                command.displayName(), command.branchId(), command.roles());
        account.changeEmail(command.email());
        if (command.workerId() != null) {
            account.linkWorker(command.workerId());
        }
        users.saveAndFlush(account);
        audit.record(AuditEntry.of("UserAccount", account.id(), "CREATE", account.branchId())
                .withAfter(Map.of("username", account.username(), "roles", account.roles(),
                        "branchId", account.branchId())));
        return summary(account);
    }

    /** A SYSADMIN creates a staff account in a branch within their scope. */
    @PreAuthorize("hasRole('SYSADMIN')")
    public UserSummary create(long scopeBranchId, CreateUser command) {
        if (!branches.covers(scopeBranchId, command.branchId())) {
            throw new BusinessRuleException("user.branch.outOfScope");
        }
        return create(command);
    }

    @Transactional(readOnly = true)
    public Page<UserSummary> search(long scopeBranchId, @Nullable String query, Pageable pageable) {
        String pattern = branches.scopeOf(scopeBranchId).likePattern();
        return users.searchInScope(pattern, query == null ? "" : query.trim(), pageable).map(this::summary);
    }

    @Transactional(readOnly = true)
    public UserSummary get(long id, long scopeBranchId) {
        return summary(loadInScope(id, scopeBranchId));
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username).map(this::summary);
    }

    /** Enabled users holding a role whose branch lies in the subtree of {@code scopeBranchId} (pickers). */
    @Transactional(readOnly = true)
    public java.util.List<UserSummary> withRoleInScope(long scopeBranchId, Role role) {
        String pattern = branches.scopeOf(scopeBranchId).likePattern();
        return users.findEnabledWithRoleInScope(pattern, role).stream().map(this::summary).toList();
    }

    /**
     * Enabled users holding one of the roles whose branch covers {@code branchId} (that branch or one above it),
     * nearest branch first: whom to tell about a record of that branch that one of those roles must act on.
     */
    @Transactional(readOnly = true)
    public java.util.List<UserSummary> withRolesCovering(long branchId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return java.util.List.of();
        }
        String path = branches.scopeOf(branchId).path();
        return users.findEnabledWithRolesCovering(path, roles).stream()
                .map(row -> summary((UserAccount) row[0])).toList();
    }

    /**
     * The same, kept to the nearest {@code levels} branches that have any such user once {@code excludedUsername}
     * (e.g. the person who refused) is left out: whom to tell first about work of that branch, and whom to escalate
     * to next, without telling every user of the province.
     */
    @Transactional(readOnly = true)
    public java.util.List<UserSummary> nearestWithRolesCovering(long branchId, Set<Role> roles, int levels,
                                                               @Nullable String excludedUsername) {
        Map<Long, java.util.List<UserSummary>> byBranch = new java.util.LinkedHashMap<>();
        for (UserSummary user : withRolesCovering(branchId, roles)) {
            if (excludedUsername == null || !user.username().equalsIgnoreCase(excludedUsername)) {
                byBranch.computeIfAbsent(user.branchId(), b -> new java.util.ArrayList<>()).add(user);
            }
        }
        return byBranch.values().stream().limit(levels).flatMap(java.util.List::stream).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long userId) {
        return users.findById(userId).map(this::summary);
    }

    /** How to reach a user: e-mail address (may be null) and language, for notifications. */
    @Transactional(readOnly = true)
    public Optional<UserContact> contactOf(long userId) {
        return users.findById(userId).map(a -> new UserContact(a.id(), a.displayName(), a.email(), a.locale()));
    }

    public record UserContact(long userId, String displayName, @Nullable String email, @Nullable String locale) {
    }

    @Transactional(readOnly = true)
    public boolean usernameTaken(String username) {
        return users.existsByUsername(username);
    }

    /**
     * The enabled accounts linked to a worker, oldest first (for notifying the worker of their payouts and
     * claims); other modules ask here instead of reading {@code user_account}.
     */
    @Transactional(readOnly = true)
    public List<Long> enabledAccountsOfWorker(long workerId) {
        return users.findEnabledIdsByWorkerId(workerId);
    }

    /** Links an account to its worker record (the people registry owns the worker; users keep only the id). */
    public UserSummary linkWorker(String username, long workerId) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new RecordNotFoundException("User", username));
        account.linkWorker(workerId);
        audit.record(AuditEntry.of("UserAccount", account.id(), "LINK_WORKER", account.branchId())
                .withAfter(Map.of("workerId", workerId)));
        return summary(account);
    }

    /**
     * A SYSADMIN changes an account in their scope. They cannot take away their own SYSADMIN role or
     * disable themselves: nobody would be left to undo it.
     */
    @PreAuthorize("hasRole('SYSADMIN')")
    public UserSummary update(long id, long scopeBranchId, UpdateUser command) {
        UserAccount account = loadInScope(id, scopeBranchId);
        if (command.roles().isEmpty()) {
            throw new BusinessRuleException("user.roles.required");
        }
        boolean self = Actors.current().map(actor -> actor.id() == id).orElse(false);
        if (self && account.roles().contains(Role.SYSADMIN) && !command.roles().contains(Role.SYSADMIN)) {
            throw new BusinessRuleException("user.self.keepSysadmin");
        }
        if (self && !command.enabled()) {
            throw new BusinessRuleException("user.self.keepEnabled");
        }
        if (!branches.covers(scopeBranchId, command.branchId())) {
            throw new BusinessRuleException("user.branch.outOfScope");
        }
        Map<String, Object> before = Map.of("displayName", account.displayName(), "roles", account.roles(),
                "branchId", account.branchId(), "email", String.valueOf(account.email()),
                "enabled", account.isEnabled());
        account.rename(command.displayName());
        account.assignRoles(command.roles());
        account.moveToBranch(command.branchId());
        account.changeEmail(command.email());
        if (command.enabled()) {
            account.enable();
        } else {
            account.disable();
        }
        // its API tokens act with the new roles, branch and state at once (on this instance; ApiTokenCache)
        tokens.forgetUser(id);
        audit.record(AuditEntry.of("UserAccount", id, "UPDATE", account.branchId()).withBefore(before)
                .withAfter(Map.of("displayName", account.displayName(), "roles", account.roles(),
                        "branchId", account.branchId(), "email", String.valueOf(account.email()),
                        "enabled", account.isEnabled())));
        return summary(account);
    }

    @PreAuthorize("hasRole('SYSADMIN')")
    public void unlock(long id, long scopeBranchId) {
        UserAccount account = loadInScope(id, scopeBranchId);
        account.unlock();
        audit.record(AuditEntry.of("UserAccount", id, "UNLOCK", account.branchId()));
    }

    /** A SYSADMIN sets a new password for a user who forgot theirs. */
    @PreAuthorize("hasRole('SYSADMIN')")
    public void resetPassword(long id, long scopeBranchId, String newPassword) {
        UserAccount account = loadInScope(id, scopeBranchId);
        checkPassword(newPassword);
        account.changePassword(passwordEncoder.encode(newPassword));
        account.unlock();
        audit.record(AuditEntry.of("UserAccount", id, "RESET_PASSWORD", account.branchId()));
    }

    /** The signed-in user changes their own password; the current one must be given. */
    public void changeOwnPassword(long userId, String currentPassword, String newPassword) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new RecordNotFoundException("User", userId));
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new BusinessRuleException("password.current.wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new BusinessRuleException("password.new.same");
        }
        checkPassword(newPassword);
        account.changePassword(passwordEncoder.encode(newPassword));
        audit.record(AuditEntry.of("UserAccount", userId, "CHANGE_PASSWORD", account.branchId()));
    }

    /** Remembers the language the user chose; applied at their next sign-in on any device. */
    public void rememberLocale(long userId, String languageTag) {
        users.findById(userId).ifPresent(account -> account.preferLocale(languageTag));
    }

    public void checkPassword(String password) {
        if (password.codePointCount(0, password.length()) < properties.minPasswordLength()) {
            throw new BusinessRuleException("password.tooShort", properties.minPasswordLength());
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            throw new BusinessRuleException("password.tooSimple");
        }
    }

    public int minPasswordLength() {
        return properties.minPasswordLength();
    }

    private UserAccount loadInScope(long id, long scopeBranchId) {
        UserAccount account = users.findById(id).orElseThrow(() -> new RecordNotFoundException("User", id));
        if (!branches.covers(scopeBranchId, account.branchId())) {
            throw new RecordNotFoundException("User", id);
        }
        return account;
    }

    private UserSummary summary(UserAccount a) {
        return new UserSummary(a.id(), a.username(), a.displayName(), a.branchId(), a.roles(), a.email(),
                a.isEnabled(), a.isLockedAt(clock.instant()), a.lockedUntil(), a.lastLoginAt(), a.workerId(),
                a.locale(), 0);
    }

    public record CreateUser(String username, String password, String displayName, long branchId, Set<Role> roles,
                             @Nullable String email, @Nullable Long workerId) {
    }

    public record UpdateUser(String displayName, long branchId, Set<Role> roles, @Nullable String email,
                             boolean enabled) {
    }
}

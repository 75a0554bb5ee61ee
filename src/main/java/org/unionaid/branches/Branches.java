package org.unionaid.branches;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.domain.Branch;
import org.unionaid.branches.domain.BranchRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.CacheEviction;

/**
 * The branch tree: reading it, scoping by it, and the SYSADMIN's changes (create, rename, move,
 * deactivate), each audited.
 */
@Service
@Transactional
public class Branches {

    private final BranchRepository branches;
    private final AuditTrail audit;
    /**
     * Paths of branches scoped recently (id → path): every list and API request asks for its user's scope, and a
     * path changes only when a branch is moved. A move forgets them all on this instance (after it commits); another
     * instance keeps an old path at most {@code unionaid.branches.path-cache-ttl}, during which that old path
     * matches no row (the rows carry the new one), so a user sees less, never more.
     */
    private final @Nullable Cache<Long, String> paths;

    Branches(BranchRepository branches, AuditTrail audit,
             @Value("${unionaid.branches.path-cache-ttl:30s}") Duration pathCacheTtl) {
        this.branches = branches;
        this.audit = audit;
        this.paths = pathCacheTtl.isZero() || pathCacheTtl.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(pathCacheTtl).maximumSize(10_000).build();
    }

    @Transactional(readOnly = true)
    public BranchView get(long id) {
        return load(id).toView();
    }

    /** The subtree a user of {@code branchId} sees; its path from {@link #paths} when scoped recently. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public BranchScope scopeOf(long branchId) {
        if (paths == null) {
            return new BranchScope(branchId, load(branchId).path());
        }
        return new BranchScope(branchId, paths.get(branchId, id -> load(id).path()));
    }

    /** Whether {@code targetBranchId} lies in the subtree of {@code scopeBranchId}. */
    @Transactional(readOnly = true)
    public boolean covers(long scopeBranchId, long targetBranchId) {
        return load(targetBranchId).path().startsWith(load(scopeBranchId).path());
    }

    /** The whole tree in depth-first order. */
    @Transactional(readOnly = true)
    public List<BranchView> tree() {
        return branches.findAllByOrderByPathAsc().stream().map(Branch::toView).toList();
    }

    /** A branch and its descendants in depth-first order (for pickers within a user's scope). */
    @Transactional(readOnly = true)
    public List<BranchView> subtree(long branchId) {
        return branches.findSubtree(load(branchId).path() + "%").stream().map(Branch::toView).toList();
    }

    /** Active branches a worker may register with (all of them: registration is open to everyone). */
    @Transactional(readOnly = true)
    public List<BranchView> activeBranches() {
        return branches.findAllByOrderByPathAsc().stream().filter(Branch::isActive).map(Branch::toView).toList();
    }

    @Transactional(readOnly = true)
    public @Nullable BranchView findByCode(String code) {
        return branches.findByCode(code).map(Branch::toView).orElse(null);
    }

    public BranchView create(CreateBranch command) {
        if (branches.existsByCode(command.code())) {
            throw new BusinessRuleException("branch.code.taken", command.code());
        }
        Branch parent = null;
        if (command.parentId() != null) {
            parent = load(command.parentId());
            if (!command.level().isBelow(parent.level())) {
                throw new BusinessRuleException("branch.level.notBelowParent");
            }
            if (!parent.isActive()) {
                throw new BusinessRuleException("branch.parent.inactive");
            }
        } else if (branches.count() > 0) {
            throw new BusinessRuleException("branch.parent.required");
        }
        Branch branch = branches.saveAndFlush(new Branch(command.parentId(), command.code(), command.name(),
                command.nameEn(), command.level(), command.regionCode()));
        branch.placeUnder(parent == null ? null : parent.path());
        branches.flush();
        audit.record(AuditEntry.of("Branch", branch.id(), "CREATE", branch.id())
                .withAfter(Map.of("code", branch.code(), "name", branch.name(), "level", branch.level(),
                        "parentId", String.valueOf(branch.parentId()))));
        return branch.toView();
    }

    public BranchView rename(long id, String name, @Nullable String nameEn) {
        Branch branch = load(id);
        Map<String, Object> before = Map.of("name", branch.name(), "nameEn", String.valueOf(branch.nameEn()));
        branch.rename(name, nameEn);
        audit.record(AuditEntry.of("Branch", id, "RENAME", id).withBefore(before)
                .withAfter(Map.of("name", name, "nameEn", String.valueOf(nameEn))));
        return branch.toView();
    }

    public BranchView move(long id, long newParentId) {
        Branch branch = load(id);
        Branch newParent = load(newParentId);
        if (branch.parentId() == null) {
            throw new BusinessRuleException("branch.move.root");
        }
        if (newParent.path().startsWith(branch.path())) {
            throw new BusinessRuleException("branch.move.intoOwnSubtree");
        }
        if (!branch.level().isBelow(newParent.level())) {
            throw new BusinessRuleException("branch.level.notBelowParent");
        }
        if (!newParent.isActive()) {
            throw new BusinessRuleException("branch.parent.inactive");
        }
        Long oldParent = branch.parentId();
        String oldPath = branch.path();
        String newPath = newParent.path() + branch.id() + "/";
        branches.rewriteDescendantPaths(oldPath, newPath);
        branch.moveUnder(newParentId, newParent.path());
        forgetPaths();
        audit.record(AuditEntry.of("Branch", id, "MOVE", id)
                .withBefore(Map.of("parentId", String.valueOf(oldParent), "path", oldPath))
                .withAfter(Map.of("parentId", newParentId, "path", newPath)));
        return branch.toView();
    }

    public BranchView deactivate(long id, String reason) {
        Branch branch = load(id);
        if (branches.countActiveChildren(id) > 0) {
            throw new BusinessRuleException("branch.deactivate.hasActiveChildren");
        }
        branch.deactivate();
        audit.record(AuditEntry.of("Branch", id, "DEACTIVATE", id).withReason(reason));
        return branch.toView();
    }

    public BranchView activate(long id) {
        Branch branch = load(id);
        branch.activate();
        audit.record(AuditEntry.of("Branch", id, "ACTIVATE", id));
        return branch.toView();
    }

    // The SYSADMIN's pages: reading and changing only the subtree of their own branch. A branch outside
    // that subtree is reported as not found, exactly like a missing one, so guessing ids reveals nothing.

    /** A branch within the scope; any other id is not found. */
    @Transactional(readOnly = true)
    public BranchView get(BranchScope scope, long id) {
        return loadInScope(scope, id).toView();
    }

    /**
     * Where a branch may be moved within the scope: active branches above its level that are neither the
     * branch itself, one of its descendants, nor its current parent.
     */
    @Transactional(readOnly = true)
    public List<BranchView> moveTargets(BranchScope scope, long id) {
        Branch branch = loadInScope(scope, id);
        return subtree(scope.branchId()).stream()
                .filter(BranchView::active)
                .filter(target -> branch.level().isBelow(target.level()))
                .filter(target -> !target.path().startsWith(branch.path()))
                .filter(target -> !Objects.equals(target.id(), branch.parentId()))
                .toList();
    }

    /** Creates a branch below a parent within the scope (so never a second root). */
    @PreAuthorize("hasRole('SYSADMIN')")
    public BranchView create(BranchScope scope, CreateBranch command) {
        if (command.parentId() == null) {
            throw new BusinessRuleException("branch.parent.required");
        }
        loadInScope(scope, command.parentId());
        return create(command);
    }

    @PreAuthorize("hasRole('SYSADMIN')")
    public BranchView rename(BranchScope scope, long id, String name, @Nullable String nameEn) {
        loadInScope(scope, id);
        return rename(id, name, nameEn);
    }

    /** Moves a branch within the scope: both the branch and its new parent must lie in it. */
    @PreAuthorize("hasRole('SYSADMIN')")
    public BranchView move(BranchScope scope, long id, long newParentId) {
        loadInScope(scope, id);
        loadInScope(scope, newParentId);
        return move(id, newParentId);
    }

    /** Deactivates a branch within the scope; the SYSADMIN's own branch stays (it is the scope itself). */
    @PreAuthorize("hasRole('SYSADMIN')")
    public BranchView deactivate(BranchScope scope, long id, String reason) {
        loadInScope(scope, id);
        if (id == scope.branchId()) {
            throw new BusinessRuleException("branch.deactivate.ownBranch");
        }
        return deactivate(id, reason);
    }

    /** Re-activates a branch within the scope; its parent must be active. */
    @PreAuthorize("hasRole('SYSADMIN')")
    public BranchView activate(BranchScope scope, long id) {
        Branch branch = loadInScope(scope, id);
        if (branch.parentId() != null && !load(branch.parentId()).isActive()) {
            throw new BusinessRuleException("branch.parent.inactive");
        }
        return activate(id);
    }

    private Branch loadInScope(BranchScope scope, long id) {
        // the scope's path is read again: the caller's copy may predate a move
        String scopePath = load(scope.branchId()).path();
        Branch branch = load(id);
        if (!branch.path().startsWith(scopePath)) {
            throw new BranchNotFoundException(id);
        }
        return branch;
    }

    /** Forgets the cached paths now and again when the current transaction commits. */
    private void forgetPaths() {
        if (paths != null) {
            CacheEviction.nowAndAfterCommit(paths::invalidateAll);
        }
    }

    private Branch load(long id) {
        return branches.findById(id).orElseThrow(() -> new BranchNotFoundException(id));
    }

    /** What a SYSADMIN enters to create a branch. */
    public record CreateBranch(@Nullable Long parentId, String code, String name, @Nullable String nameEn,
                               BranchLevel level, @Nullable String regionCode) {
    }
}

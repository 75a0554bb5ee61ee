package org.unionaid.branches;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.domain.Branch;
import org.unionaid.branches.domain.BranchRepository;
import org.unionaid.shared.BusinessRuleException;

/**
 * The branch tree: reading it, scoping by it, and the SYSADMIN's changes (create, rename, move,
 * deactivate), each audited.
 */
@Service
@Transactional
public class BranchManagement {

    private final BranchRepository branches;
    private final AuditTrail audit;

    BranchManagement(BranchRepository branches, AuditTrail audit) {
        this.branches = branches;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public BranchView get(long id) {
        return load(id).toView();
    }

    @Transactional(readOnly = true)
    public BranchScope scopeOf(long branchId) {
        Branch branch = load(branchId);
        return new BranchScope(branch.id(), branch.path());
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

    private Branch load(long id) {
        return branches.findById(id).orElseThrow(() -> new BranchNotFoundException(id));
    }

    /** What a SYSADMIN enters to create a branch. */
    public record CreateBranch(@Nullable Long parentId, String code, String name, @Nullable String nameEn,
                               BranchLevel level, @Nullable String regionCode) {
    }
}

package org.unionaid.people;

import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchView;
import org.unionaid.people.domain.Worker;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Role;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/**
 * Self-registration (the public {@code /register} page): a worker registers their registry record and their
 * WORKER account in one transaction, audited as {@code SELF_REGISTER}. No sign-in is needed, so there is no
 * method security; the branch must be active, the username free and the password acceptable.
 */
@Service
@Transactional
public class SelfRegistrations {

    private final Branches branches;
    private final Users users;
    private final AuditTrail audit;
    private final WorkerRecords records;

    SelfRegistrations(Branches branches, Users users, AuditTrail audit, WorkerRecords records) {
        this.branches = branches;
        this.users = users;
        this.audit = audit;
        this.records = records;
    }

    /**
     * A worker registers themselves with their account, in one transaction: a refused account (username
     * taken, weak password) leaves no worker behind. Returns the new worker's id.
     */
    public long register(SelfRegistration registration) {
        BranchView branch = branches.get(registration.branchId());
        if (!branch.active()) {
            throw new BusinessRuleException("branch.inactive");
        }
        if (users.usernameTaken(registration.username())) {
            throw new BusinessRuleException("user.username.taken", registration.username());
        }
        users.checkPassword(registration.password());
        Worker worker = records.create(WorkerDetails.selfRegistered(registration.nationalId(), registration.name(),
                registration.phone(), registration.branchId()));
        audit.record(AuditEntry.of("Worker", worker.id(), "SELF_REGISTER", worker.branchId())
                .withAfter(WorkerRecords.fields(worker))
                .withReason("self-registration of " + registration.username()));
        users.create(new CreateUser(registration.username(), registration.password(), registration.name(),
                registration.branchId(), Set.of(Role.WORKER), registration.email(), worker.id()));
        return worker.id();
    }
}

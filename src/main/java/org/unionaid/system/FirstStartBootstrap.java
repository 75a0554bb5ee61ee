package org.unionaid.system;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.branches.BranchLevel;
import org.unionaid.branches.Branches;
import org.unionaid.branches.Branches.CreateBranch;
import org.unionaid.branches.BranchView;
import org.unionaid.shared.security.Role;
import org.unionaid.users.Users;
import org.unionaid.users.Users.CreateUser;

/**
 * On the very first start of a production installation (no branch yet) with
 * {@code UNIONAID_BOOTSTRAP_ADMIN_PASSWORD} set, creates the root branch and a SYSADMIN account, so
 * someone can sign in and build the rest through the pages. Does nothing once a branch exists.
 */
@Component
@Order(1)
class FirstStartBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartBootstrap.class);

    private final Branches branches;
    private final Users users;
    private final TransactionTemplate tx;
    private final String adminPassword;
    private final String adminUsername;
    private final String rootName;
    private final String rootCode;
    private final BranchLevel rootLevel;

    FirstStartBootstrap(Branches branches, Users users, TransactionTemplate tx,
                        @Value("${unionaid.bootstrap.admin-password:}") String adminPassword,
                        @Value("${unionaid.bootstrap.admin-username:sysadmin}") String adminUsername,
                        @Value("${unionaid.bootstrap.root-branch-name:}") String rootName,
                        @Value("${unionaid.bootstrap.root-branch-code:ROOT}") String rootCode,
                        @Value("${unionaid.bootstrap.root-branch-level:PROVINCE}") BranchLevel rootLevel) {
        this.branches = branches;
        this.users = users;
        this.tx = tx;
        this.adminPassword = adminPassword;
        this.adminUsername = adminUsername;
        this.rootName = rootName;
        this.rootCode = rootCode;
        this.rootLevel = rootLevel;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (adminPassword.isBlank() || !branches.tree().isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            BranchView root = branches.create(new CreateBranch(null, rootCode,
                    rootName.isBlank() ? rootCode : rootName, null, rootLevel, null));
            users.create(new CreateUser(adminUsername, adminPassword, adminUsername, root.id(), Set.of(Role.SYSADMIN),
                    null, null));
        });
        log.warn("First start: created root branch '{}' and SYSADMIN '{}'. Sign in and change the password.",
                rootCode, adminUsername);
    }
}

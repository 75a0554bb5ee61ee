package org.unionaid.appeals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.unionaid.hardship.HardshipFileCancelReason;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.people.HouseholdDetails;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.programmes.ApplicationView;
import org.unionaid.programmes.Applications;
import org.unionaid.programmes.Apply;
import org.unionaid.programmes.BenefitKind;
import org.unionaid.programmes.ProgrammeDetails;
import org.unionaid.programmes.ProgrammeKind;
import org.unionaid.programmes.ProgrammeView;
import org.unionaid.programmes.Programmes;
import org.unionaid.programmes.WhoMayApply;
import org.unionaid.shared.security.Role;
import org.unionaid.support.Today;
import org.unionaid.users.Users;

/**
 * Test data for appeals: a Yanta worker with an account of their own, a programme of Xi'an they apply to, the
 * demo caseworker's rejection, a second Yanta caseworker, a cancelled hardship file.
 */
class TestAppeals {

    static final String PASSWORD = "appeal-test-password";

    final TestPeople people;
    final People registry;
    final Users users;
    final Programmes programmes;
    final Applications applications;
    final HardshipFiles files;
    final JdbcTemplate jdbc;
    final org.unionaid.people.Households households;

    TestAppeals(TestPeople people, People registry, Users users, Programmes programmes, Applications applications,
                HardshipFiles files, JdbcTemplate jdbc, org.unionaid.people.Households households) {
        this.households = households;
        this.people = people;
        this.registry = registry;
        this.users = users;
        this.programmes = programmes;
        this.applications = applications;
        this.files = files;
        this.jdbc = jdbc;
    }

    record Worker(long id, String username) {
    }

    /** A worker of Yanta registered by the demo caseworker, with a worker account of their own. */
    Worker worker() {
        long id = people.register("caseworker", TestPeople.freshName("申诉"), "SN-XA-YT").id();
        String username = "appellant" + System.nanoTime();
        people.as("sysadmin", () -> users.create(new Users.CreateUser(username, PASSWORD, username,
                people.branch("SN-XA-YT"), Set.of(Role.WORKER), null, id)));
        return new Worker(id, username);
    }

    /** A second caseworker of Yanta (the demo one refuses, this one decides). */
    String colleague() {
        String username = "appeal-cw" + System.nanoTime();
        people.as("sysadmin", () -> users.create(new Users.CreateUser(username, PASSWORD, "复核 " + username,
                people.branch("SN-XA-YT"), Set.of(Role.CASEWORKER), null, null)));
        return username;
    }

    /** A cash programme of Xi'an with no rules, open now. */
    ProgrammeView programme() {
        var today = Today.date();
        return people.as("admin", () -> programmes.create(new ProgrammeDetails(TestPeople.freshName("申诉测试"),
                ProgrammeKind.OTHER, people.branch("SN-XA"), "", today.minusMonths(1), today.plusMonths(11),
                today.minusDays(1), today.plusDays(30), WhoMayApply.BOTH, BenefitKind.CASH, false,
                new BigDecimal("800"), null, null, null, 1, List.of(), List.of(), List.of())));
    }

    /** The worker applies and the demo caseworker rejects the application. */
    ApplicationView rejectedApplication(Worker worker) {
        ProgrammeView programme = programme();
        ApplicationView application = people.as(worker.username(), () -> applications.apply(new Apply(programme.id(),
                null, null, List.of(), "家里困难", List.of())));
        return people.as("caseworker", () -> applications.reject(application.id(), "材料不全"));
    }

    /** A hardship file of the worker's household opened and cancelled by the demo caseworker. */
    long cancelledFile(Worker worker) {
        return people.as("caseworker", () -> {
            households.updateHousehold(worker.id(), new HouseholdDetails(null, new BigDecimal("6000.00"), BigDecimal.ZERO));
            long id = files.open(new HardshipFiles.OpenFile(worker.id(), null, HardshipFiles.FilingAnswers.none(), null,
                    HardshipFileLevel.CITY, HardshipFileCause.ILLNESS, Set.of(), null)).id();
            files.cancel(id, HardshipFileCancelReason.NOT_ELIGIBLE, "收入超过标准");
            return id;
        });
    }
}

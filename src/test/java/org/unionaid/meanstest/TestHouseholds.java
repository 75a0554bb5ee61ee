package org.unionaid.meanstest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.hardship.HardshipFileState;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.hardship.HardshipFiles.FilingAnswers;
import org.unionaid.hardship.HardshipFiles.OpenFile;
import org.unionaid.hardship.TestConsents;
import org.unionaid.people.HouseholdDetails;
import org.unionaid.people.Households;
import org.unionaid.people.People;
import org.unionaid.people.TestPeople;
import org.unionaid.shared.NationalId;

/** Workers with a national ID the test knows (for the civil-affairs rows), and their files in a chosen state. */
class TestHouseholds {

    private static final AtomicInteger NEXT = new AtomicInteger(200);

    final TestPeople people;
    final People registry;
    final Households households;
    final HardshipFiles files;
    final JdbcTemplate jdbc;

    TestHouseholds(TestPeople people, People registry, Households households, HardshipFiles files, JdbcTemplate jdbc) {
        this.people = people;
        this.registry = registry;
        this.households = households;
        this.files = files;
        this.jdbc = jdbc;
    }

    /** A valid national ID of a region no other test uses (and no worker has yet). */
    static String nationalId() {
        int n = NEXT.incrementAndGet();
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n * 37L % 9000);
        String first17 = "110108" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 1000);
        return first17 + NationalId.checkCharacter(first17);
    }

    /** A worker of the branch with this ID and a one-person household earning 6,000 a year. */
    long worker(String caseworker, String nationalId, String branchCode) {
        long id = people.as(caseworker, () -> registry.register(people.details(nationalId,
                TestPeople.freshName("核对"), branchCode)).id());
        people.as(caseworker, () -> households.updateHousehold(id,
                new HouseholdDetails(null, new BigDecimal("6000.00"), BigDecimal.ZERO)));
        return id;
    }

    /** Opens the worker's file (with a consent signed today) and puts it into the state directly. */
    long file(String caseworker, long workerId, HardshipFileState state) {
        long fileId = people.as(caseworker, () -> files.open(new OpenFile(workerId, null, FilingAnswers.none(), null,
                HardshipFileLevel.CITY, HardshipFileCause.ILLNESS, Set.of(), null))).id();
        TestConsents.sign(jdbc, fileId);
        jdbc.update("""
                update hardship_file set state = ?, notice_ends_on = current_date - 1,
                       monitoring_ends_on = current_date + 200, exited_on = current_date - 100,
                       next_review_due = current_date where id = ?""", state.name(), fileId);
        return fileId;
    }

    int tasks(long fileId, String trigger) {
        Integer n = jdbc.queryForObject("select count(*) from file_review_task where file_id = ? and trigger_kind = ?",
                Integer.class, fileId, trigger);
        return n == null ? 0 : n;
    }
}

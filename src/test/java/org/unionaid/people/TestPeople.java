package org.unionaid.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.shared.security.RunAs;

/**
 * Test data for the people registry: fresh valid national IDs (region 110101, never used by the demo
 * data), running code as a demo user, registering workers.
 */
public class TestPeople {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final People people;
    private final UserDetailsService userDetails;
    private final JdbcTemplate jdbc;

    public TestPeople(People people, UserDetailsService userDetails, JdbcTemplate jdbc) {
        this.people = people;
        this.userDetails = userDetails;
        this.jdbc = jdbc;
    }

    /** A valid ID no other test uses. */
    public static String freshNationalId() {
        int n = NEXT.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n * 41L % 15000);
        String first17 = "110101" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 1000);
        return first17 + org.unionaid.shared.NationalId.checkCharacter(first17);
    }

    /** A name no other test uses, for searching. */
    public static String freshName(String prefix) {
        return prefix + NEXT.incrementAndGet() + "号";
    }

    public UserDetails user(String username) {
        return userDetails.loadUserByUsername(username);
    }

    public <T> T as(String username, Supplier<T> action) {
        return RunAs.as(user(username), action);
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    public long branch(String code) {
        Long id = jdbc.queryForObject("select id from branch where code = ?", Long.class, code);
        return id == null ? -1 : id;
    }

    public WorkerDetails details(String nationalId, String name, String branchCode) {
        return new WorkerDetails(nationalId, name, "13800001111", "测试路1号", "测试公司", branch(branchCode),
                LocalDate.of(2020, 1, 1), EmploymentType.NEW_FORM, 12, VALID_CARD, WorkerType.MIGRANT);
    }

    /** A UnionPay card number that passes the Luhn check (19 digits, 622…). */
    public static final String VALID_CARD = "6222000011112222337";

    /** Registers a worker with a fresh ID and a payable account (bank, holder, number) as the given caseworker. */
    public WorkerView register(String caseworker, String name, String branchCode) {
        return as(caseworker, () -> {
            WorkerView worker = people.register(details(freshNationalId(), name, branchCode));
            return people.updatePayoutAccount(worker.id(), new PayoutAccount("中国工商银行西安雁塔支行", name, VALID_CARD));
        });
    }

    /** Registers a worker with a fresh ID and no bank account at all. */
    public WorkerView registerWithoutAccount(String caseworker, String name, String branchCode) {
        WorkerDetails d = details(freshNationalId(), name, branchCode);
        return as(caseworker, () -> people.register(new WorkerDetails(d.nationalId(), d.name(), d.phone(), d.address(),
                d.employerName(), d.branchId(), d.unionMemberSince(), d.employmentForm(), d.socialInsuranceMonths(),
                null, d.workerType())));
    }

    /** Changes a worker's account as the given user (the worker themself, a caseworker or an admin). */
    public WorkerView changeAccount(String username, long workerId, String bank, String holder, String number) {
        return as(username, () -> people.updatePayoutAccount(workerId, new PayoutAccount(bank, holder, number)));
    }

    /** Gives a worker a payable account (as the province's ADMIN), e.g. a member registered by an enrolment. */
    public void givePayableAccount(long workerId) {
        as("admin2", () -> people.updatePayoutAccount(workerId, new PayoutAccount("中国建设银行西安分行", "测试户名",
                VALID_CARD)));
    }
}

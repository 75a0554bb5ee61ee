package org.unionaid.programmes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionaid.support.Today;
import org.unionaid.hardship.HardshipFileCause;
import org.unionaid.hardship.HardshipFileLevel;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.hardship.HardshipFiles.FilingAnswers;
import org.unionaid.hardship.HardshipFiles.OpenFile;
import org.unionaid.payouts.Funding;
import org.unionaid.payouts.FundingSourceKind;
import org.unionaid.payouts.FundingSourceView;
import org.unionaid.payouts.PledgeFunding;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.EmploymentStatus;
import org.unionaid.people.HealthStatus;
import org.unionaid.people.HouseholdDetails;
import org.unionaid.people.HouseholdMemberView;
import org.unionaid.people.MemberDetails;
import org.unionaid.people.Households;
import org.unionaid.people.People;
import org.unionaid.people.Relation;
import org.unionaid.people.SchoolStage;
import org.unionaid.people.TestPeople;
import org.unionaid.people.WorkerDetails;
import org.unionaid.people.WorkerType;
import org.unionaid.shared.NationalId;

/**
 * Test data for programmes: programmes created by the demo admin of Xi'an, workers of Yanta registered by the
 * demo caseworker with a chosen birth date, employment and membership, children at a school stage, filed
 * households, funding.
 */
public class TestProgrammes {

    private static final AtomicInteger NEXT = new AtomicInteger(100);

    final TestPeople people;
    final People registry;
    final Households households;
    final HardshipFiles files;
    final Programmes programmes;
    final Applications applications;
    final Funding funding;
    final JdbcTemplate jdbc;

    public TestProgrammes(TestPeople people, People registry, Households households, HardshipFiles files,
                          Programmes programmes, Applications applications, Funding funding, JdbcTemplate jdbc) {
        this.people = people;
        this.registry = registry;
        this.households = households;
        this.files = files;
        this.programmes = programmes;
        this.applications = applications;
        this.funding = funding;
        this.jdbc = jdbc;
    }

    /** A valid national ID for the birth date, from a region no other test or the demo data uses. */
    static String nationalId(LocalDate birth) {
        String first17 = "110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", NEXT.incrementAndGet() % 1000);
        return first17 + NationalId.checkCharacter(first17);
    }

    public static ProgrammeDetails cash(String name, List<EligibilityRule> rules, List<ProgrammeQuestion> questions,
                                 List<BenefitTier> tiers, @Nullable String baseAmount) {
        LocalDate today = Today.date();
        return new ProgrammeDetails(TestPeople.freshName(name), ProgrammeKind.OTHER, 0, "", today.minusMonths(1),
                today.plusMonths(11), today.minusDays(1), today.plusDays(30), WhoMayApply.BOTH, BenefitKind.CASH, false,
                baseAmount == null ? null : new BigDecimal(baseAmount), null, null, null, 1, rules, questions, tiers);
    }

    public static ProgrammeDetails inKind(String name, boolean noCash, String item, String unitValue, @Nullable Integer stock) {
        LocalDate today = Today.date();
        return new ProgrammeDetails(TestPeople.freshName(name), ProgrammeKind.HOLIDAY_RELIEF, 0, "",
                today.minusMonths(1), today.plusMonths(11), today.minusDays(1), today.plusDays(30), WhoMayApply.BOTH,
                BenefitKind.IN_KIND, noCash, null, item, new BigDecimal(unitValue), stock, 1, List.of(), List.of(),
                List.of());
    }

    /** Creates the programme for the Xi'an branch as the demo admin. */
    public ProgrammeView create(ProgrammeDetails details) {
        ProgrammeDetails inXian = new ProgrammeDetails(details.name(), details.kind(), people.branch("SN-XA"),
                details.description(), details.periodStart(), details.periodEnd(), details.applyFrom(),
                details.applyTo(), details.whoMayApply(), details.form(), details.noCash(), details.baseAmount(),
                details.item(), details.unitValue(), details.stock(), details.perPersonLimit(), details.rules(),
                details.questions(), details.tiers()).withPublicNotice(details.requiresPublicNotice(), details.noticeDays());
        return people.as("admin", () -> programmes.create(inXian));
    }

    public FundingSourceView fund(long programmeId, String amount) {
        return people.as("admin", () -> funding.pledge(new PledgeFunding(programmeId, people.branch("SN-XA"),
                FundingSourceKind.UNION_BUDGET, "工会经费 " + programmeId, null, new BigDecimal(amount))));
    }

    FundingSourceView fundByPartner(long programmeId, String amount, String partner) {
        long partnerId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, partner);
        return people.as("admin", () -> funding.pledge(new PledgeFunding(programmeId, people.branch("SN-XA"),
                FundingSourceKind.PARTNER, "基金会 " + programmeId, partnerId, new BigDecimal(amount))));
    }

    /** A Yanta worker with a labour contract, 12 months of insurance and union membership, of the given age. */
    public long worker(int age) {
        return worker(age, EmploymentType.CONTRACT, 12, LocalDate.of(2020, 1, 1), "SN-XA-YT");
    }

    long worker(int age, EmploymentType form, int insuranceMonths, @Nullable LocalDate memberSince, String branch) {
        LocalDate birth = Today.date().minusYears(age).minusDays(10);
        String caseworker = branch.startsWith("SN-BJ") ? "caseworker2" : "caseworker";
        long id = people.as(caseworker, () -> registry.register(new WorkerDetails(nationalId(birth),
                TestPeople.freshName("申请"), "13800002222", "测试路2号", "测试公司", people.branch(branch), memberSince,
                form, insuranceMonths, TestPeople.VALID_CARD, WorkerType.URBAN)).id());
        people.givePayableAccount(id);
        return id;
    }

    public HouseholdMemberView child(long workerId, @Nullable SchoolStage stage) {
        return people.as("caseworker", () -> households.addMember(workerId, new MemberDetails(TestPeople.freshName("孩子"),
                Relation.CHILD, null, Today.date().minusYears(17), null, HealthStatus.HEALTHY, null, stage,
                EmploymentStatus.STUDENT, BigDecimal.ZERO)));
    }

    /**
     * Files the worker's household as DEEP hardship: the file is opened and, as review and public notice would,
     * made ACTIVE (only an ACTIVE file counts as filed).
     */
    void file(long workerId) {
        long fileId = people.as("caseworker", () -> {
            households.updateHousehold(workerId, new HouseholdDetails(null, new BigDecimal("6000.00"), BigDecimal.ZERO));
            return files.open(new OpenFile(workerId, null, FilingAnswers.none(), null, HardshipFileLevel.CITY,
                    HardshipFileCause.ILLNESS, java.util.Set.of(), null));
        }).id();
        jdbc.update("update hardship_file set state = 'ACTIVE', filed_on = current_date where id = ?", fileId);
    }

    /** Opens a hardship file and leaves it a DRAFT: not yet filed. */
    void draftFile(long workerId) {
        people.as("caseworker", () -> {
            households.updateHousehold(workerId, new HouseholdDetails(null, new BigDecimal("6000.00"), BigDecimal.ZERO));
            return files.open(new OpenFile(workerId, null, FilingAnswers.none(), null, HardshipFileLevel.CITY,
                    HardshipFileCause.ILLNESS, java.util.Set.of(), null));
        });
    }

    public ApplicationView nominate(long programmeId, long workerId, @Nullable Long memberId, List<Boolean> answers) {
        return people.as("caseworker", () -> applications.nominate(new Apply(programmeId, workerId, memberId,
                new java.util.ArrayList<>(answers), "", List.of())));
    }

    public String state(long applicationId) {
        return jdbc.queryForObject("select state from programme_application where id = ?", String.class,
                applicationId);
    }

    int auditRows(long applicationId) {
        Integer n = jdbc.queryForObject("select count(*) from audit_event where entity_type = 'ProgrammeApplication' "
                + "and entity_id = ?", Integer.class, String.valueOf(applicationId));
        return n == null ? 0 : n;
    }
}

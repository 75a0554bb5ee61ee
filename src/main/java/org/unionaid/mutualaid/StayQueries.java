package org.unionaid.mutualaid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.branches.Branches;
import org.unionaid.mutualaid.domain.Claim;
import org.unionaid.mutualaid.domain.ClaimRepository;
import org.unionaid.people.WorkerCard;
import org.unionaid.people.PayoutAccountStatus;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/**
 * The read side of zero-touch hospital-stay benefits ({@link HospitalStays}): the imports of the reviewer's branch
 * subtree and one import with its rows (else {@link StayImportNotFoundException}); the imported claims of the
 * subtree waiting for confirmation, with their explanation lines and whether the member can be paid; a member's own
 * imported claims with their explanation.
 */
@Service
@Transactional(readOnly = true)
public class StayQueries {

    /** The most imports and pending claims one page lists (oldest pending first). */
    public static final int LIMIT = 200;

    private final ClaimRepository claims;
    private final ClaimQueries claimQueries;
    private final ClaimBenefits benefits;
    private final MutualAidPlans plans;
    private final WorkerDirectory workers;
    private final Branches branches;
    private final JdbcTemplate jdbc;

    StayQueries(ClaimRepository claims, ClaimQueries claimQueries, ClaimBenefits benefits, MutualAidPlans plans,
                WorkerDirectory workers, Branches branches, JdbcTemplate jdbc) {
        this.claims = claims;
        this.claimQueries = claimQueries;
        this.benefits = benefits;
        this.plans = plans;
        this.workers = workers;
        this.branches = branches;
        this.jdbc = jdbc;
    }

    /** The imports of the caller's branch subtree, newest first (without their rows). */
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public List<StayImportView> imports() {
        return jdbc.query(IMPORT + " where b.path like ? order by i.id desc limit " + LIMIT, IMPORT_ROW,
                scope());
    }

    /** A page of the caller's subtree's imports, newest first, each with its rows (the API). */
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public Page<StayImportView> imports(Pageable pageable) {
        String scope = scope();
        long total = Objects.requireNonNull(jdbc.queryForObject("select count(*) from mutualaid_stay_import i "
                + "join branch b on b.id = i.branch_id where b.path like ?", Long.class, scope));
        List<StayImportView> heads = jdbc.query(IMPORT + " where b.path like ? order by i.id desc limit ? offset ?",
                IMPORT_ROW, scope, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(heads.stream().map(this::withRows).toList(), pageable, total);
    }

    /** One import of the caller's subtree with its new rows; else 404. */
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public StayImportView get(long id) {
        StayImportView head = jdbc.query(IMPORT + " where i.id = ? and b.path like ?", IMPORT_ROW, id, scope())
                .stream().findFirst().orElseThrow(() -> new StayImportNotFoundException(id));
        return withRows(head);
    }

    /**
     * The imported claims of the caller's subtree still waiting for a decision (SUBMITTED, IN_REVIEW), oldest first,
     * at most {@link #LIMIT}: each with the benefit the rules of its admission date give now and its lines.
     */
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public List<PendingStayClaim> pending() {
        List<Object[]> rows = jdbc.query("""
                select c.id, s.import_id, i.reference, s.national_id_masked from mutualaid_claim c
                  join mutualaid_hospital_stay s on s.id = c.hospital_stay_id
                  join mutualaid_stay_import i on i.id = s.import_id
                 where c.origin = 'IMPORTED' and c.state in ('SUBMITTED', 'IN_REVIEW') and c.branch_path like ?
                 order by c.id limit""" + " " + LIMIT, (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4)}, scope());
        List<Claim> loaded = claims.findAllById(rows.stream().map(r -> (Long) r[0]).toList());
        Map<Long, Claim> byId = new HashMap<>();
        loaded.forEach(c -> byId.put(c.id(), c));
        Map<Long, WorkerCard> cards = workers.cardsOf(loaded.stream().map(Claim::workerId).toList());
        List<PendingStayClaim> result = new ArrayList<>();
        for (Object[] r : rows) {
            Claim c = byId.get((Long) r[0]);
            if (c == null) {
                continue;
            }
            PlanView plan = plans.get(c.planId());
            RuleVersionView rules = plans.rulesOn(c.planId(), c.admissionDate()).orElse(null);
            BenefitCalculation calculation = rules == null ? null : benefits.calculate(c, rules,
                    Objects.requireNonNull(c.submittedOn()));
            WorkerCard card = cards.get(c.workerId());
            result.add(new PendingStayClaim(c.id(), c.reference(), (Long) r[1], (String) r[2],
                    card == null ? "?" : card.name(), (String) r[3], plan.code(), c.hospital(), c.admissionDate(),
                    c.dischargeDate(), c.invoiceTotal(), c.state(),
                    calculation == null ? org.unionaid.shared.Money.ZERO : calculation.amount(),
                    calculation == null ? List.of() : calculation.lines(),
                    card != null && card.payoutAccountStatus() == PayoutAccountStatus.OK));
        }
        return result;
    }

    /** The signed-in worker's claims made from imported stays, newest first, each with its explanation. */
    public List<ClaimView> mine() {
        Long workerId = Actors.required().workerId();
        if (workerId == null) {
            return List.of();
        }
        return claims.findByWorkerIdOrderByIdDesc(workerId).stream().filter(c -> c.origin() == ClaimOrigin.IMPORTED)
                .map(claimQueries::view).toList();
    }

    /** The import a claim was made from, if it was imported. */
    java.util.Optional<Long> importOf(long claimId) {
        return jdbc.queryForList("""
                select s.import_id from mutualaid_claim c join mutualaid_hospital_stay s on s.id = c.hospital_stay_id
                 where c.id = ?""", Long.class, claimId).stream().findFirst();
    }

    // ---- internals -------------------------------------------------------------------------------

    private String scope() {
        Actor actor = Actors.required();
        return branches.scopeOf(actor.branchId()).likePattern();
    }

    private StayImportView withRows(StayImportView head) {
        List<StayRowView> rows = jdbc.query("""
                select s.id, s.row_number, s.national_id_masked, s.worker_id, s.hospital, s.admission_date,
                       s.discharge_date, s.invoice_total, s.basic_insurance_paid, s.self_paid, s.outcome, s.reason
                  from mutualaid_hospital_stay s where s.import_id = ? order by s.row_number""", STAY_ROW, head.id());
        Map<Long, List<StayRowView.StayClaim>> claimsOf = new HashMap<>();
        if (!rows.isEmpty()) {
            jdbc.query("""
                    select c.hospital_stay_id, c.id, c.reference, p.code, c.state, c.approved_amount
                      from mutualaid_claim c join mutualaid_plan p on p.id = c.plan_id
                     where c.hospital_stay_id = any(?) order by c.id""", rs -> {
                claimsOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StayRowView.StayClaim(
                        rs.getLong(2), rs.getString(3), rs.getString(4), ClaimState.valueOf(rs.getString(5)),
                        rs.getBigDecimal(6)));
            }, (Object) rows.stream().map(StayRowView::id).toArray(Long[]::new));
        }
        Map<Long, String> names = workers.namesOf(rows.stream().map(StayRowView::workerId)
                .filter(Objects::nonNull).toList());
        List<StayRowView> complete = rows.stream().map(r -> new StayRowView(r.id(), r.rowNumber(),
                r.nationalIdMasked(), r.workerId(), r.workerId() == null ? null : names.get(r.workerId()),
                r.hospital(), r.admissionDate(), r.dischargeDate(), r.invoiceTotal(), r.basicInsurancePaid(),
                r.selfPaid(), r.outcome(), r.reason(), claimsOf.getOrDefault(r.id(), List.of()))).toList();
        return new StayImportView(head.id(), head.reference(), head.branchId(), head.branchName(), head.fileName(),
                head.fileSha256(), head.importedBy(), head.importedAt(), head.totalRows(), head.duplicateRows(),
                head.claimedRows(), head.notMemberRows(), head.notCoveredRows(), complete);
    }

    private static final String IMPORT = """
            select i.id, i.reference, i.branch_id, b.name branch_name, b.name_en branch_name_en, i.file_name,
                   i.file_sha256, i.imported_by_name, i.imported_at, i.total_rows, i.duplicate_rows, i.claimed_rows,
                   i.not_member_rows, i.not_covered_rows
              from mutualaid_stay_import i join branch b on b.id = i.branch_id""";

    private static final RowMapper<StayImportView> IMPORT_ROW = (rs, i) -> new StayImportView(rs.getLong("id"),
            rs.getString("reference"), rs.getLong("branch_id"), branchName(rs.getString("branch_name"),
            rs.getString("branch_name_en")), rs.getString("file_name"), rs.getString("file_sha256"),
            rs.getString("imported_by_name"), rs.getObject("imported_at", java.time.OffsetDateTime.class).toInstant(),
            rs.getInt("total_rows"), rs.getInt("duplicate_rows"), rs.getInt("claimed_rows"),
            rs.getInt("not_member_rows"), rs.getInt("not_covered_rows"), List.of());

    private static final RowMapper<StayRowView> STAY_ROW = (rs, i) -> {
        String reason = rs.getString("reason");
        return new StayRowView(rs.getLong("id"), rs.getInt("row_number"), rs.getString("national_id_masked"),
                rs.getObject("worker_id", Long.class), null, rs.getString("hospital"),
                rs.getObject("admission_date", LocalDate.class), rs.getObject("discharge_date", LocalDate.class),
                rs.getBigDecimal("invoice_total"), rs.getBigDecimal("basic_insurance_paid"),
                rs.getBigDecimal("self_paid"), StayOutcome.valueOf(rs.getString("outcome")),
                reason == null ? null : ClaimBenefits.deserialise(reason).get(0), List.of());
    };

    private static String branchName(String name, @org.jspecify.annotations.Nullable String nameEn) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}

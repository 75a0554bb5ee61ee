package org.unionaid.programmes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.branches.BranchView;
import org.unionaid.payouts.Funding;
import org.unionaid.programmes.domain.Programme;
import org.unionaid.programmes.domain.ProgrammeRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.sql.CappedCount;
import org.unionaid.shared.security.Role;

/**
 * Programmes: ADMINs create and edit them within their branch subtree; everyone reads the ones they may see.
 * A programme is visible to staff when its branch lies in their subtree or above their branch (a provincial
 * programme serves the districts); to a worker when it is run by their branch or one above it; to a PARTNER
 * when they fund it. Anything else is reported as missing ({@link ProgrammeNotFoundException}).
 *
 * <p>An edit that changes the rules, questions or tiers starts a new rule version; applications keep the
 * stored results of the version they were checked against.
 */
@Service
@Transactional
public class Programmes {

    private static final String ENTITY = "Programme";
    private static final int MAX_PAGE = 100;

    private final ProgrammeRepository programmes;
    private final Branches branches;
    private final Funding funding;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Programmes(ProgrammeRepository programmes, Branches branches, Funding funding, AuditTrail audit,
               JdbcTemplate jdbc, Clock clock) {
        this.programmes = programmes;
        this.branches = branches;
        this.funding = funding;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ProgrammeView create(ProgrammeDetails details) {
        Actor actor = Actors.required();
        validate(details, actor);
        if (programmes.existsByBranchIdAndName(details.branchId(), details.name().strip())) {
            throw new BusinessRuleException("programme.name.taken", details.name());
        }
        Programme programme = programmes.saveAndFlush(new Programme(details, actor.username()));
        audit.record(AuditEntry.of(ENTITY, programme.id(), "CREATE", programme.branchId())
                .withAfter(fields(programme)));
        return view(programme);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ProgrammeView update(long id, long expectedVersion, ProgrammeDetails details) {
        Actor actor = Actors.required();
        Programme programme = loadVisible(id);
        if (!branches.covers(actor.branchId(), programme.branchId())) {
            throw new BusinessRuleException("programme.branch.outOfScope");
        }
        if (programme.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Programme.class, id);
        }
        validate(details, actor);
        Map<String, Object> before = fields(programme);
        programme.apply(details);
        programmes.flush();
        audit.record(AuditEntry.of(ENTITY, id, "UPDATE", programme.branchId()).withBefore(before)
                .withAfter(fields(programme)));
        return view(programme);
    }

    @Transactional(readOnly = true)
    public ProgrammeView get(long id) {
        return view(loadVisible(id));
    }

    /**
     * The programmes the caller may see, newest period first, with their application counts: each stops at
     * {@link CappedCount#CAP} + 1 (an index-only range of the programme's applications), so
     * a season's 250,000 applications are never counted per page view.
     */
    @Transactional(readOnly = true)
    public Page<ProgrammeSummary> list(Pageable pageable) {
        Actor actor = Actors.required();
        List<Object> args = new ArrayList<>();
        String where = visibility(actor, args);
        int size = Math.min(Math.max(pageable.getPageSize(), 1), MAX_PAGE);
        Long total = jdbc.queryForObject("select count(*) from programme p join branch b on b.id = p.branch_id where "
                + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) pageable.getPageNumber() * size);
        List<ProgrammeSummary> rows = jdbc.query("""
                select p.id, p.name, p.kind, p.branch_id, b.name as branch_name, p.period_start, p.period_end,
                       p.apply_from, p.apply_to, p.who_may_apply, p.benefit_form, p.no_cash,
                       (select count(*) from (select 1 from programme_application a where a.programme_id = p.id
                         limit %d) c) as applications
                  from programme p join branch b on b.id = p.branch_id""".formatted(CappedCount.CAP + 1) + " where " + where
                + " order by p.period_end desc, p.id desc limit ? offset ?", (rs, i) -> new ProgrammeSummary(
                rs.getLong("id"), rs.getString("name"), ProgrammeKind.valueOf(rs.getString("kind")),
                rs.getLong("branch_id"), rs.getString("branch_name"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getObject("apply_from", LocalDate.class),
                rs.getObject("apply_to", LocalDate.class), WhoMayApply.valueOf(rs.getString("who_may_apply")),
                BenefitKind.valueOf(rs.getString("benefit_form")), rs.getBoolean("no_cash"),
                rs.getLong("applications")), pageArgs.toArray());
        return new PageImpl<>(rows, PageRequest.of(pageable.getPageNumber(), size), total == null ? 0 : total);
    }

    /** The names of the programmes the caller may see (id → name), newest period first, for a filter's choices. */
    @Transactional(readOnly = true)
    public Map<Long, String> choices(int limit) {
        List<Object> args = new ArrayList<>();
        String where = visibility(Actors.required(), args);
        args.add(Math.min(Math.max(limit, 1), MAX_PAGE));
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        jdbc.query("select p.id, p.name from programme p join branch b on b.id = p.branch_id where " + where
                + " order by p.period_end desc, p.id desc limit ?", rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                }, args.toArray());
        return names;
    }

    /** The names of those of the programmes the caller may see, by id (for figures that carry only ids). */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<Object> args = new ArrayList<>();
        String where = visibility(Actors.required(), args);
        args.addAll(0, ids);
        String placeholders = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        jdbc.query("select p.id, p.name from programme p join branch b on b.id = p.branch_id where p.id in ("
                + placeholders + ") and " + where, rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                }, args.toArray());
        return names;
    }

    /** Programmes a worker may apply to themselves today (self-application allowed, window open). */
    @Transactional(readOnly = true)
    public List<ProgrammeSummary> openForSelfApplication() {
        LocalDate today = LocalDate.now(clock);
        return list(PageRequest.of(0, MAX_PAGE)).getContent().stream()
                .filter(p -> p.whoMayApply().allowsSelf() && !today.isBefore(p.applyFrom()) && !today.isAfter(p.applyTo()))
                .toList();
    }

    /**
     * Programmes of a kind open today whose branch covers {@code branchId} (the branch or one above it), nearest
     * first: e.g. the micro-wish programmes a worker of that branch may post a wish under. Not scoped to the
     * caller; the calling module checks the caller may act for that branch.
     */
    @Transactional(readOnly = true)
    public List<ProgrammeView> openOfKindCovering(ProgrammeKind kind, long branchId) {
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = jdbc.queryForList("""
                select p.id from programme p join branch b on b.id = p.branch_id
                 where p.kind = ? and p.apply_from <= ? and p.apply_to >= ?
                   and ? like b.path || '%'
                 order by length(b.path) desc, p.id""", Long.class, kind.name(), today, today,
                branches.scopeOf(branchId).path());
        return programmes.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparingInt(p -> ids.indexOf(p.id()))).map(this::view).toList();
    }

    /** Whether the current user may edit the programme (ADMIN of a branch covering it). */
    @Transactional(readOnly = true)
    public boolean mayEdit(ProgrammeView programme) {
        Actor actor = Actors.required();
        return actor.has(Role.ADMIN) && branches.covers(actor.branchId(), programme.branchId());
    }

    // ---- within the module -----------------------------------------------------------------------

    Programme loadVisible(long id) {
        Programme programme = programmes.findById(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
        if (!visible(Actors.required(), programme)) {
            throw new ProgrammeNotFoundException(id);
        }
        return programme;
    }

    Programme lock(long id) {
        return programmes.lockById(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    boolean takeFromStock(long id) {
        return programmes.takeFromStock(id) == 1;
    }

    /** Gives one item back to a limited stock (its in-kind payout was rejected or cancelled). */
    void returnToStock(long id) {
        programmes.returnToStock(id);
    }

    boolean visible(Actor actor, Programme programme) {
        if (actor.has(Role.PARTNER) && funding.programmesFundedBy(actor.id()).contains(programme.id())) {
            return true;
        }
        if (partnerOnly(actor)) {
            return false;
        }
        if (actor.isStaff()) {
            return branches.covers(actor.branchId(), programme.branchId())
                    || branches.covers(programme.branchId(), actor.branchId());
        }
        return branches.covers(programme.branchId(), actor.branchId());
    }

    ProgrammeView view(Programme p) {
        BranchView branch = branches.get(p.branchId());
        return new ProgrammeView(p.id(), p.name(), p.kind(), p.branchId(), branch.name(), p.description(),
                p.periodStart(), p.periodEnd(), p.applyFrom(), p.applyTo(), p.whoMayApply(), p.form(), p.noCash(),
                p.baseAmount(), p.item(), p.unitValue(), p.stock(), p.perPersonLimit(), p.ruleVersion(), p.rules(),
                p.questions(), p.tiers(), p.version(), p.requiresPublicNotice(), p.noticeDays());
    }

    private String visibility(Actor actor, List<Object> args) {
        BranchView own = branches.get(actor.branchId());
        if (partnerOnly(actor)) {
            Set<Long> funded = funding.programmesFundedBy(actor.id());
            if (funded.isEmpty()) {
                return "false";
            }
            return "p.id in (" + String.join(",", funded.stream().map(String::valueOf).toList()) + ")";
        }
        if (actor.isStaff()) {
            args.add(branches.scopeOf(actor.branchId()).likePattern());
            args.add(own.path());
            return "(b.path like ? or ? like b.path || '%')";
        }
        args.add(own.path());
        return "? like b.path || '%'";
    }

    static boolean partnerOnly(Actor actor) {
        return actor.roles().stream().allMatch(r -> r == Role.PARTNER);
    }

    private void validate(ProgrammeDetails d, Actor actor) {
        if (!branches.covers(actor.branchId(), d.branchId())) {
            throw new BusinessRuleException("programme.branch.outOfScope");
        }
        if (d.name() == null || d.name().isBlank()) {
            throw new BusinessRuleException("programme.name.required");
        }
        if (d.noticeDays() < 1 || d.noticeDays() > 60) {
            throw new BusinessRuleException("programme.noticeDays.invalid");
        }
        if (d.periodEnd().isBefore(d.periodStart())) {
            throw new BusinessRuleException("programme.period.invalid");
        }
        if (d.applyTo().isBefore(d.applyFrom())) {
            throw new BusinessRuleException("programme.window.invalid");
        }
        if (d.noCash() && d.form() == BenefitKind.CASH) {
            throw new BusinessRuleException("programme.noCash.cashForm");
        }
        if (d.form() == BenefitKind.IN_KIND && (d.item() == null || d.item().isBlank() || notPositive(d.unitValue()))) {
            throw new BusinessRuleException("programme.inKind.itemRequired");
        }
        if (d.form() == BenefitKind.CASH && d.tiers().isEmpty() && notPositive(d.baseAmount())) {
            throw new BusinessRuleException("programme.cash.amountRequired");
        }
        for (EligibilityRule rule : d.rules()) {
            boolean listRule = rule.type() == RuleType.HARDSHIP_CATEGORY || rule.type() == RuleType.SCHOOL_STAGE
                    || rule.type() == RuleType.EMPLOYMENT_FORM;
            if (listRule && rule.values().isEmpty()) {
                throw new BusinessRuleException("programme.rule.valuesRequired", rule.type().name());
            }
            if (rule.type() == RuleType.AGE_RANGE && rule.min() == null && rule.max() == null) {
                throw new BusinessRuleException("programme.rule.rangeRequired");
            }
        }
        if (d.rules().stream().map(EligibilityRule::type).distinct().count() != d.rules().size()) {
            throw new BusinessRuleException("programme.rule.duplicate");
        }
    }

    private static boolean notPositive(@Nullable BigDecimal value) {
        return value == null || value.signum() <= 0;
    }

    private static Map<String, Object> fields(Programme p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", p.name());
        map.put("kind", p.kind());
        map.put("branchId", p.branchId());
        map.put("period", p.periodStart() + "/" + p.periodEnd());
        map.put("window", p.applyFrom() + "/" + p.applyTo());
        map.put("whoMayApply", p.whoMayApply());
        map.put("form", p.form());
        map.put("noCash", p.noCash());
        map.put("baseAmount", String.valueOf(p.baseAmount()));
        map.put("item", String.valueOf(p.item()));
        map.put("unitValue", String.valueOf(p.unitValue()));
        map.put("stock", String.valueOf(p.stock()));
        map.put("perPersonLimit", p.perPersonLimit());
        map.put("publicNotice", p.requiresPublicNotice() ? p.noticeDays() + " days" : "none");
        map.put("ruleVersion", p.ruleVersion());
        map.put("rules", p.rules().toString());
        map.put("questions", p.questions().toString());
        map.put("tiers", p.tiers().toString());
        return map;
    }
}

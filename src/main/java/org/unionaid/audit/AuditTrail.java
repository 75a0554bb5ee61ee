package org.unionaid.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.time.Times;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit trail. {@link #record} joins the caller's transaction, so the audit row
 * commits or rolls back together with the change it describes.
 */
@Service
@Transactional
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Times times;

    AuditTrail(JdbcTemplate jdbc, JsonMapper json, Times times) {
        this.jdbc = jdbc;
        this.json = json;
        this.times = times;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        insert(entry);
    }

    /** Many entries of one bulk change (a staff list, a batch), sent in JDBC batches; same rules as {@link #record}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(java.util.List<AuditEntry> entries) {
        Actor actor = Actors.current().orElse(null);
        String name = actor != null ? actor.username() : Actors.currentName();
        Long actorId = actor != null ? actor.id() : null;
        jdbc.batchUpdate("""
                insert into audit_event (actor, actor_id, entity_type, entity_id, action, branch_id,
                                         before_value, after_value, reason)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
                """, entries, 1000, (ps, entry) -> {
            ps.setString(1, name);
            ps.setObject(2, actorId);
            ps.setString(3, entry.entityType());
            ps.setObject(4, entry.entityId());
            ps.setString(5, entry.action());
            ps.setObject(6, entry.branchId());
            ps.setString(7, toJson(entry.before()));
            ps.setString(8, toJson(entry.after()));
            ps.setString(9, entry.reason());
        });
    }

    /** For events outside a business transaction (sign-in, a view of an unmasked field). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordStandalone(AuditEntry entry) {
        insert(entry);
    }

    private void insert(AuditEntry entry) {
        Actor actor = Actors.current().orElse(null);
        jdbc.update("""
                insert into audit_event (actor, actor_id, entity_type, entity_id, action, branch_id,
                                         before_value, after_value, reason)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
                """,
                actor != null ? actor.username() : Actors.currentName(),
                actor != null ? actor.id() : null,
                entry.entityType(), entry.entityId(), entry.action(), entry.branchId(),
                toJson(entry.before()), toJson(entry.after()), entry.reason());
    }

    private @Nullable String toJson(@Nullable Map<String, ?> values) {
        return values == null ? null : json.writeValueAsString(values);
    }

    /**
     * The trail within a branch subtree, newest first. Rows without a branch (system events such as
     * changes of national reference data) are included only when {@code withSystemEvents} is set, i.e.
     * for viewers of the root branch (docs/security.md). Not public: readers go through {@link #browse},
     * which takes the scope from the signed-in user.
     */
    @Transactional(readOnly = true)
    Page<AuditEventView> search(AuditFilter filter, String branchPathPrefix, boolean withSystemEvents,
                                Pageable pageable) {
        // the leading space matters: it follows "from audit_event e" directly
        StringBuilder where = new StringBuilder(" where (" + (withSystemEvents ? "e.branch_id is null or " : "")
                + "e.branch_id in (select b.id from branch b where b.path like ?))");
        List<Object> args = new ArrayList<>();
        args.add(branchPathPrefix + "%");
        if (hasText(filter.actor())) {
            where.append(" and lower(e.actor) = lower(?)");
            args.add(filter.actor());
        }
        if (hasText(filter.entityType())) {
            where.append(" and e.entity_type = ?");
            args.add(filter.entityType());
        }
        if (hasText(filter.entityId())) {
            where.append(" and e.entity_id = ?");
            args.add(filter.entityId());
        }
        if (hasText(filter.action())) {
            where.append(" and e.action = ?");
            args.add(filter.action());
        }
        if (filter.from() != null) {
            where.append(" and e.occurred_at >= ?");
            args.add(Timestamp.from(times.startOf(filter.from())));
        }
        if (filter.to() != null) {
            where.append(" and e.occurred_at < ?");
            args.add(Timestamp.from(times.endOf(filter.to())));
        }
        Long total = jdbc.queryForObject("select count(*) from audit_event e" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<AuditEventView> rows = jdbc.query("""
                select e.id, e.occurred_at, e.actor, e.entity_type, e.entity_id, e.action, e.branch_id,
                       e.before_value::text as before_value, e.after_value::text as after_value, e.reason
                  from audit_event e""" + where + " order by e.occurred_at desc, e.id desc limit ? offset ?",
                ROW, pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /**
     * The trail as an AUDITOR or SYSADMIN browses it (page, export): within the subtree of the signed-in
     * user's branch, and the rows without a branch only for users of the root branch. The branch path is
     * read here with plain SQL because the branches module depends on this one.
     */
    @PreAuthorize("hasAnyRole('AUDITOR', 'SYSADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditEventView> browse(AuditFilter filter, Pageable pageable) {
        long branchId = Actors.required().branchId();
        List<java.util.Map<String, Object>> branch = jdbc.queryForList(
                "select path, parent_id is null as root from branch where id = ?", branchId);
        if (branch.isEmpty()) {
            return Page.empty(pageable);
        }
        return search(filter, (String) branch.get(0).get("path"), Boolean.TRUE.equals(branch.get(0).get("root")),
                pageable);
    }

    /**
     * The trail within the subtree of {@code viewerBranchId}, which must lie in the signed-in user's own
     * subtree (else nothing); rows without a branch only when the viewer branch is the user's own root branch.
     */
    @PreAuthorize("hasAnyRole('AUDITOR', 'SYSADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditEventView> browse(AuditFilter filter, long viewerBranchId, Pageable pageable) {
        long own = Actors.required().branchId();
        if (viewerBranchId == own) {
            return browse(filter, pageable);
        }
        List<String> paths = jdbc.queryForList("""
                select v.path from branch v join branch o on o.id = ?
                 where v.id = ? and v.path like o.path || '%'""", String.class, own, viewerBranchId);
        if (paths.isEmpty()) {
            return Page.empty(pageable);
        }
        return search(filter, paths.get(0), false, pageable);
    }

    /** Distinct actions, for the filter drop-down. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.queryForList("select distinct action from audit_event order by 1", String.class);
    }

    /** Distinct entity types and actions, for the filter drop-downs. */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return jdbc.queryForList("select distinct entity_type from audit_event order by 1", String.class);
    }

    private static boolean hasText(@Nullable String s) {
        return s != null && !s.isBlank();
    }

    private static final RowMapper<AuditEventView> ROW = (rs, i) -> new AuditEventView(
            rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("actor"),
            rs.getString("entity_type"),
            rs.getString("entity_id"),
            rs.getString("action"),
            (Long) rs.getObject("branch_id"),
            rs.getString("before_value"),
            rs.getString("after_value"),
            rs.getString("reason"));
}

package org.unionaid.programmes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.shared.PersonNames;

/**
 * The programmes side of the public notice board (公示): the approved awards of programmes that require a notice,
 * while their notice runs, with only what may be published. For the notices module (the board needs no sign-in,
 * so there is no method security; nothing personal leaves here but a masked name).
 */
@Service
@Transactional(readOnly = true)
public class AwardNotices {

    private static final String SELECT = """
            select a.id, a.worker_id, a.member_name, a.branch_id, a.programme_id, p.name, a.tier_label, a.amount,
                   case when p.benefit_form = 'IN_KIND' then p.item end, a.notice_started_on, a.notice_ends_on
              from programme_application a join programme p on p.id = a.programme_id""";

    private final JdbcTemplate jdbc;
    private final WorkerDirectory workers;
    private final Clock clock;

    AwardNotices(JdbcTemplate jdbc, WorkerDirectory workers, Clock clock) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.clock = clock;
    }

    /** The awards on notice today in the branches matching the path pattern, the notice ending soonest first. */
    public List<AwardOnNotice> onNotice(String scopePattern, int limit) {
        return withNames(jdbc.query(SELECT + " " + """
                 where a.branch_path like ? and a.notice_ends_on > ? and a.state = 'APPROVED'
                 order by a.notice_ends_on, a.id limit ?""", (rs, n) -> row(rs),
                scopePattern, LocalDate.now(clock), limit));
    }

    /** The award, while it is on notice. */
    public Optional<AwardOnNotice> onNotice(long applicationId) {
        return withNames(jdbc.query(SELECT + " where a.id = ? and a.notice_ends_on > ? and a.state = 'APPROVED'",
                (rs, n) -> row(rs), applicationId, LocalDate.now(clock))).stream().findFirst();
    }

    /** The last day of the award's notice window is the day before this; empty when it has none. */
    public Optional<LocalDate> noticeEndsOn(long applicationId) {
        return jdbc.queryForList("select notice_ends_on from programme_application where id = ? and notice_ends_on is not null",
                LocalDate.class, applicationId).stream().findFirst();
    }

    private record Row(long id, long workerId, @Nullable String memberName, long branchId, long programmeId,
                       String programmeName, @Nullable String tierLabel, @Nullable BigDecimal amount,
                       @Nullable String item, LocalDate startedOn, LocalDate endsOn) {
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getString(6),
                rs.getString(7), rs.getBigDecimal(8), rs.getString(9), rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class));
    }

    private List<AwardOnNotice> withNames(List<Row> rows) {
        Map<Long, String> names = workers.namesOf(rows.stream().filter(r -> r.memberName() == null)
                .map(Row::workerId).distinct().toList());
        return rows.stream().map(r -> new AwardOnNotice(r.id(), PersonNames.masked(r.memberName() != null
                        ? r.memberName() : names.getOrDefault(r.workerId(), "")), r.branchId(), r.programmeId(),
                r.programmeName(), r.tierLabel(), r.amount(), r.item(), r.startedOn(), r.endsOn())).toList();
    }
}

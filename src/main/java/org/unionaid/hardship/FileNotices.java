package org.unionaid.hardship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.hardship.domain.FileTransition;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.hardship.domain.HardshipFileRepository;
import org.unionaid.hardship.domain.FileTransitionRepository;
import org.unionaid.shared.PersonNames;

/**
 * The hardship side of the public notice board (公示, docs/design.md §3): which files are in public notice now,
 * with only what may be published, and the move of a file back to review when someone lodges an objection on the
 * board. For the notices module; no method security, because the board needs no sign-in and shows nothing
 * personal (masked name, branch, category, window).
 */
@Service
@Transactional
public class FileNotices {

    private static final String ENTITY = "HardshipFile";
    private static final String COLUMNS = """
            select id, primary_worker_name, branch_id, category, notice_started_on, notice_ends_on
              from hardship_file""";
    private static final RowMapper<FileOnNotice> ROW = (rs, n) -> new FileOnNotice(rs.getLong(1),
            PersonNames.masked(rs.getString(2)), rs.getLong(3), HardshipCategory.valueOf(rs.getString(4)),
            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class));

    private final JdbcTemplate jdbc;
    private final HardshipFileRepository files;
    private final FileTransitionRepository transitions;
    private final AuditTrail audit;
    private final Clock clock;

    FileNotices(JdbcTemplate jdbc, HardshipFileRepository files, FileTransitionRepository transitions,
                AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.transitions = transitions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The files in public notice of the branches matching the path pattern, the notice ending soonest first. */
    @Transactional(readOnly = true)
    public List<FileOnNotice> onNotice(String scopePattern, int limit) {
        return jdbc.query(COLUMNS + " " + """
                 where state = 'PUBLIC_NOTICE' and branch_path like ?
                 order by notice_ends_on, id limit ?""", ROW, scopePattern, limit);
    }

    /** The file, when it is in public notice now. */
    @Transactional(readOnly = true)
    public Optional<FileOnNotice> onNotice(long fileId) {
        return jdbc.query(COLUMNS + " where id = ? and state = 'PUBLIC_NOTICE'", ROW, fileId).stream().findFirst();
    }

    /**
     * Someone lodged objection {@code objectionId} on the board: the file leaves its notice and goes back to
     * IN_REVIEW (history and audit as every transition). Refused when the file is no longer in public notice.
     */
    public void objectionLodged(long fileId, long objectionId) {
        HardshipFile file = files.findById(fileId).orElseThrow(() -> new HardshipFileNotFoundException(fileId));
        String reason = "objection #" + objectionId;
        FileTransition transition = file.raiseObjection(reason, "notice-board", clock.instant());
        files.flush();
        transitions.save(transition);
        audit.record(AuditEntry.of(ENTITY, fileId, transition.action().name(), file.branchId())
                .withBefore(Map.of("state", transition.fromState()))
                .withAfter(Map.of("state", transition.toState(), "objectionId", objectionId))
                .withReason(reason));
    }
}

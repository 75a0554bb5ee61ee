package org.unionaid.hardship;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.hardship.domain.HardshipFileRepository;
import org.unionaid.hardship.domain.JointReview;
import org.unionaid.hardship.domain.JointReviewRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.web.Paging;

/**
 * Joint review meetings (联审, e.g. Daqing's '4+N': union, civil affairs, human resources, health and others):
 * the agencies and people present, the decisions, and the files discussed (all within the caller's subtree).
 */
@Service
@Transactional
public class JointReviews {

    private final HardshipFiles files;
    private final HardshipFileRepository fileRepository;
    private final JointReviewRepository meetings;
    private final AuditTrail audit;

    private final org.unionaid.branches.Branches branches;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    JointReviews(HardshipFiles files, HardshipFileRepository fileRepository, JointReviewRepository meetings,
                 AuditTrail audit, org.unionaid.branches.Branches branches,
                 org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.branches = branches;
        this.jdbc = jdbc;
        this.files = files;
        this.fileRepository = fileRepository;
        this.meetings = meetings;
        this.audit = audit;
    }

    /** Records a meeting about the files with these numbers (each must be visible to the caller). */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public JointReviewView record(LocalDate heldOn, String agencies, String participants, String decisions,
                                  List<String> fileNumbers) {
        Set<Long> ids = new LinkedHashSet<>();
        Long branchId = null;
        for (String number : fileNumbers) {
            if (number.isBlank()) {
                continue;
            }
            HardshipFile file = fileRepository.findByFileNumber(number.strip())
                    .orElseThrow(() -> new BusinessRuleException("jointReview.file.unknown", number.strip()));
            try {
                files.loadVisible(file.id());
            } catch (HardshipFileNotFoundException e) {
                throw new BusinessRuleException("jointReview.file.unknown", number.strip());
            }
            ids.add(file.id());
            if (branchId == null) {
                branchId = file.branchId();
            }
        }
        if (ids.isEmpty()) {
            throw new BusinessRuleException("jointReview.files.required");
        }
        JointReview meeting = meetings.saveAndFlush(new JointReview(branchId, heldOn, agencies.strip(),
                participants.strip(), decisions.strip(), Actors.currentName(), ids));
        audit.record(AuditEntry.of("JointReview", meeting.id(), "CREATE", branchId)
                .withAfter(Map.of("heldOn", heldOn.toString(), "agencies", meeting.agencies(), "fileIds", ids)));
        return view(meeting);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(HardshipFiles.READERS)
    public List<JointReviewView> ofFile(long fileId) {
        files.loadVisible(fileId);
        return meetings.findByFile(fileId).stream().map(this::view).toList();
    }

    /**
     * The meetings recorded in the caller's subtree, latest first: {@code size} of them (at most 100) after
     * skipping {@code page × size}. Meetings are few (a branch holds some a year), so offset paging is fine here.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(HardshipFiles.READERS)
    public org.springframework.data.domain.Page<JointReviewView> inScope(int page, int size) {
        String scope = branches.scopeOf(Actors.required().branchId()).likePattern();
        int limit = Math.min(Math.max(size, 1), 100);
        int offset = Math.max(page, 0) * limit;
        Long total = jdbc.queryForObject("""
                select count(*) from joint_review j join branch b on b.id = j.branch_id where b.path like ?""",
                Long.class, scope);
        List<Long> ids = jdbc.queryForList("""
                select j.id from joint_review j join branch b on b.id = j.branch_id where b.path like ?
                 order by j.held_on desc, j.id desc limit ? offset ?""", Long.class, scope, limit, offset);
        java.util.Map<Long, JointReview> byId = new java.util.HashMap<>();
        meetings.findAllById(ids).forEach(m -> byId.put(m.id(), m));
        // the files of every meeting on the page in one read, not one per meeting
        java.util.Map<Long, HardshipFile> discussed = new java.util.HashMap<>();
        fileRepository.findAllById(byId.values().stream().flatMap(m -> m.fileIds().stream()).distinct().toList())
                .forEach(f -> discussed.put(f.id(), f));
        List<JointReviewView> content = ids.stream().map(byId::get)
                .map(m -> view(m, m.fileIds().stream().map(discussed::get).filter(java.util.Objects::nonNull).toList()))
                .toList();
        return new org.springframework.data.domain.PageImpl<>(content,
                org.unionaid.shared.web.Paging.page(page, limit), total == null ? 0 : total);
    }

    private JointReviewView view(JointReview m) {
        return view(m, fileRepository.findAllById(m.fileIds()));
    }

    private JointReviewView view(JointReview m, List<HardshipFile> files) {
        List<HardshipFile> discussed = files.stream()
                .sorted(java.util.Comparator.comparing(HardshipFile::fileNumber)).toList();
        return new JointReviewView(m.id(), m.heldOn(), m.agencies(), m.participants(), m.decisions(),
                m.recordedBy(), discussed.stream().map(HardshipFile::fileNumber).toList(),
                discussed.stream().map(HardshipFile::id).toList());
    }
}

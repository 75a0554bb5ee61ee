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

    JointReviews(HardshipFiles files, HardshipFileRepository fileRepository, JointReviewRepository meetings,
                 AuditTrail audit) {
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

    private JointReviewView view(JointReview m) {
        List<String> numbers = fileRepository.findAllById(m.fileIds()).stream().map(HardshipFile::fileNumber)
                .sorted().toList();
        return new JointReviewView(m.id(), m.heldOn(), m.agencies(), m.participants(), m.decisions(),
                m.recordedBy(), numbers);
    }
}

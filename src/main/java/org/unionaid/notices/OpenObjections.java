package org.unionaid.notices;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.hardship.NoticeObjections;
import org.unionaid.notices.domain.ObjectionRepository;
import org.unionaid.payouts.PayoutApprovalCheck;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.programmes.AwardNotices;
import org.unionaid.shared.BusinessRuleException;

/**
 * What open objections and notice windows forbid elsewhere: a hardship file with an open objection cannot go on
 * notice again; the payout of an award cannot be approved before its notice has ended, nor while an objection to
 * it is open.
 */
@Component
@Transactional(readOnly = true)
class OpenObjections implements NoticeObjections, PayoutApprovalCheck {

    private final ObjectionRepository objections;
    private final AwardNotices awards;
    private final Clock clock;

    OpenObjections(ObjectionRepository objections, AwardNotices awards, Clock clock) {
        this.objections = objections;
        this.awards = awards;
        this.clock = clock;
    }

    @Override
    public boolean openOnFile(long fileId) {
        return open(ObjectionSubject.HARDSHIP_FILE, fileId);
    }

    @Override
    public void checkApprovable(PayoutSourceType sourceType, long sourceId, String payoutReference) {
        if (sourceType != PayoutSourceType.APPLICATION) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        awards.noticeEndsOn(sourceId).ifPresent(end -> {
            if (today.isBefore(end)) {
                throw new BusinessRuleException("objection.payout.onNotice", payoutReference,
                        end.minusDays(1).toString(), end.toString());
            }
        });
        if (open(ObjectionSubject.APPLICATION, sourceId)) {
            throw new BusinessRuleException("objection.payout.openObjection", payoutReference);
        }
    }

    private boolean open(ObjectionSubject type, long id) {
        return objections.existsBySubjectTypeAndSubjectIdAndState(type, id, ObjectionState.OPEN);
    }
}

package org.unionaid.appeals;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.unionaid.hardship.FileAppeals;
import org.unionaid.mutualaid.ClaimAppeals;
import org.unionaid.programmes.ApplicationAppeals;

/**
 * The records appeals are against, asked of their owning modules through their public read methods
 * (scoped there: a record the caller may not see is a 404 from its module) and reopened through them.
 */
@Component
class AppealSubjects {

    /** A refusal that may be appealed: who refused, when, the branch and the worker it concerns. */
    record Refusal(AppealSubjectType type, long id, String reference, long branchId, long workerId, String refusedBy,
                   Instant refusedAt, String reason) {
    }

    private final ApplicationAppeals applications;
    private final ClaimAppeals claims;
    private final FileAppeals files;

    AppealSubjects(ApplicationAppeals applications, ClaimAppeals claims, FileAppeals files) {
        this.applications = applications;
        this.claims = claims;
        this.files = files;
    }

    /** The subject's refusal, or empty when it is not (or no longer) refused; 404 when the caller may not see it. */
    Optional<Refusal> refusal(AppealSubjectType type, long id) {
        return switch (type) {
            case APPLICATION -> applications.refusal(id).map(r -> new Refusal(type, r.id(), r.reference(),
                    r.branchId(), r.workerId(), r.refusedBy(), r.refusedAt(), r.reason()));
            case CLAIM -> claims.refusal(id).map(r -> new Refusal(type, r.id(), r.reference(), r.branchId(),
                    r.workerId(), r.refusedBy(), r.refusedAt(), r.reason()));
            case HARDSHIP_FILE -> files.cancellation(id).map(r -> new Refusal(type, r.id(), r.fileNumber(),
                    r.branchId(), r.workerId(), r.cancelledBy(), r.cancelledAt(), r.reason()));
        };
    }

    /** The upheld appeal's effect: the owning module reopens its record for a new decision. */
    void reopen(AppealSubjectType type, long id, String appealReference) {
        switch (type) {
            case APPLICATION -> applications.reopenOnAppeal(id, appealReference);
            case CLAIM -> claims.reopenOnAppeal(id, appealReference);
            case HARDSHIP_FILE -> files.reopenOnAppeal(id, appealReference);
        }
    }

    /** The subject's page, for staff or for its worker. */
    static String link(AppealSubjectType type, long id, boolean staff) {
        return switch (type) {
            case APPLICATION -> staff ? "/applications/" + id : "/me/applications/" + id;
            case CLAIM -> "/mutualaid/claims/" + id;
            case HARDSHIP_FILE -> staff ? "/hardship/files/" + id : "/me/file";
        };
    }
}

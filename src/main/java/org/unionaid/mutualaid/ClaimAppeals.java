package org.unionaid.mutualaid;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.mutualaid.domain.Claim;
import org.unionaid.mutualaid.domain.ClaimTransition;
import org.unionaid.mutualaid.domain.ClaimTransitionRepository;
import org.unionaid.shared.security.Actors;

/**
 * The mutual-aid side of an appeal against a rejected claim (the appeals module asks; mutual aid does not know
 * it): the rejection as the appeal needs it, and the reopening when the appeal is upheld.
 */
@Service
@Transactional
public class ClaimAppeals {

    private final Claims claims;
    private final ClaimQueries queries;
    private final ClaimTransitionRepository transitions;
    private final Clock clock;

    ClaimAppeals(Claims claims, ClaimQueries queries, ClaimTransitionRepository transitions, Clock clock) {
        this.claims = claims;
        this.queries = queries;
        this.transitions = transitions;
        this.clock = clock;
    }

    /**
     * The rejection of a claim the caller may see (the claimant, claims staff of its scope), or empty when it is
     * not REJECTED; who refused it and when come from its REJECTED history row.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ClaimRefusal> refusal(long id) {
        Claim claim = queries.loadVisible(id);
        if (claim.state() != ClaimState.REJECTED) {
            return java.util.Optional.empty();
        }
        List<ClaimTransition> history = transitions.findByClaimIdOrderByIdAsc(claim.id());
        ClaimTransition rejected = null;
        for (ClaimTransition t : history) {
            if (t.toState() == ClaimState.REJECTED) {
                rejected = t;
            }
        }
        if (rejected == null) {
            return java.util.Optional.empty(); // a row written without its history (bulk data): not appealable
        }
        return java.util.Optional.of(new ClaimRefusal(claim.id(), claim.reference(), claim.branchId(),
                claim.workerId(), rejected.actor(), rejected.occurredAt(),
                Objects.requireNonNullElse(claim.decisionReason(), "")));
    }

    /**
     * An appeal against the rejection was upheld (by a CLAIMS_REVIEWER of scope): the claim is back IN_REVIEW for
     * a new decision. History and audit row; the appeals module notifies the claimant of the outcome.
     */
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public ClaimView reopenOnAppeal(long id, String appealReference) {
        Claim claim = claims.loadForReviewer(id);
        return claims.applied(claim, claim.reopenOnAppeal("appeal " + appealReference, Actors.currentName(),
                clock.instant()));
    }
}

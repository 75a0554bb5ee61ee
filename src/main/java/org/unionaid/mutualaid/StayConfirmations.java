package org.unionaid.mutualaid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.mutualaid.domain.ClaimRepository;
import org.unionaid.shared.BusinessRuleException;

/**
 * A reviewer's bulk confirmation of imported claims ({@link HospitalStays}): each chosen claim is approved by
 * {@link Claims#approve} — the same code as a reviewer's approval on the claim's page: scope (another branch's
 * claim is "not found"), the accumulator's lock, the rules of the admission date, the payout proposed for an ADMIN
 * other than the reviewer to approve (maker-checker, the second approval above the limit) — each in its own
 * transaction, so one refusal (the annual cap used up meanwhile) leaves the others confirmed and is reported. Every
 * confirmation and rejection is audited on the import as well ({@code CONFIRM}, {@code REJECT}).
 */
@Service
public class StayConfirmations {

    private final Claims claims;
    private final ClaimRepository claimRows;
    private final StayQueries queries;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    StayConfirmations(Claims claims, ClaimRepository claimRows, StayQueries queries, AuditTrail audit,
                      TransactionTemplate transactions) {
        this.claims = claims;
        this.claimRows = claimRows;
        this.queries = queries;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** What a bulk confirmation did: the claims approved, and each refusal with its reason. */
    public record Result(List<String> confirmed, List<Refusal> refused) {
    }

    /** A claim not confirmed: its reference (or id) and the reason's message key and arguments. */
    public record Refusal(String claim, String key, List<String> args) {

        public Object[] argsArray() {
            return args.toArray();
        }
    }

    /** Confirms the chosen imported claims, each as a reviewer's approval with the calculated amount. */
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public Result confirm(List<Long> claimIds) {
        if (claimIds.isEmpty()) {
            throw new BusinessRuleException("stay.confirm.noneChosen");
        }
        List<String> confirmed = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (long id : new LinkedHashSet<>(claimIds)) {
            try {
                ClaimView view = Objects.requireNonNull(transactions.execute(status -> {
                    long importId = importOf(id);
                    ClaimView approved = claims.approve(id, null, null);
                    audit.record(AuditEntry.of(HospitalStays.ENTITY, importId, "CONFIRM", approved.branchId())
                            .withAfter(details(approved)));
                    return approved;
                }));
                confirmed.add(view.reference());
            } catch (ClaimNotFoundException e) {
                refused.add(new Refusal("#" + id, "stay.confirm.notFound", List.of()));
            } catch (BusinessRuleException e) {
                refused.add(new Refusal(reference(id), e.code(),
                        java.util.Arrays.stream(e.args()).map(String::valueOf).toList()));
            }
        }
        return new Result(confirmed, refused);
    }

    /** Rejects one imported claim with a reason (the member is told, as for any rejected claim). */
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public ClaimView reject(long claimId, @Nullable String reason) {
        return Objects.requireNonNull(transactions.execute(status -> {
            long importId = importOf(claimId);
            ClaimView rejected = claims.reject(claimId, reason == null ? "" : reason);
            audit.record(AuditEntry.of(HospitalStays.ENTITY, importId, "REJECT", rejected.branchId())
                    .withAfter(details(rejected)).withReason(rejected.decisionReason()));
            return rejected;
        }));
    }

    private long importOf(long claimId) {
        // a claim that was not imported is not confirmed here (its reviewer decides it on its own page)
        return queries.importOf(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
    }

    private String reference(long id) {
        return claimRows.findById(id).map(c -> c.reference()).orElse("#" + id);
    }

    private static Map<String, Object> details(ClaimView claim) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("claimId", claim.id());
        after.put("reference", claim.reference());
        after.put("state", claim.state());
        if (claim.approvedAmount() != null) {
            after.put("approvedAmount", claim.approvedAmount());
        }
        return after;
    }
}

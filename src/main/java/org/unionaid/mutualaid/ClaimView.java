package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unionaid.documents.DocumentView;

/**
 * A claim as its claimant or a reviewer sees it. {@code explanation} is the decision's stored explanation once
 * approved, else the calculator's current result under the rules in force on the admission date (null when no
 * rules applied then); {@code duplicateInvoices} lists invoice numbers also used in other claims (with those
 * claims' references); {@code blocker} why a DRAFT can never be submitted as it stands (waiting period, outside the
 * coverage, no rules, past the deadline, too many claims; {@link ClaimChecks#blocker}), else null — such a draft
 * has no explanation, since its benefit would never be paid; {@code origin} IMPORTED for a claim made from imported
 * settlement data, which the member never filed (免申即享).
 */
public record ClaimView(long id, String reference, long planId, String planCode, String planName, long workerId,
                        String workerName, long branchId, String branchName, ClaimState state,
                        LocalDate admissionDate, LocalDate dischargeDate, String hospital, String diagnosis,
                        BigDecimal invoiceTotal, BigDecimal basicInsurancePaid, BigDecimal selfPaid,
                        List<String> invoiceNumbers, @Nullable LocalDate submittedOn,
                        @Nullable RuleVersionView rules, @Nullable BenefitCalculation explanation,
                        @Nullable BigDecimal calculatedAmount, @Nullable BigDecimal approvedAmount,
                        @Nullable String overrideReason, @Nullable String decisionReason,
                        @Nullable Instant paidAt, List<DuplicateInvoice> duplicateInvoices,
                        List<DocumentView> documents, List<Transition> history, long version,
                        @Nullable ExplanationLine blocker, ClaimOrigin origin) {

    public record DuplicateInvoice(String invoiceNumber, String otherClaimReference) {
    }

    public record Transition(ClaimState from, ClaimState to, String actor, Instant at, @Nullable String note) {
    }

    /** The latest question a reviewer asked, while more information is requested. */
    public @Nullable String openQuestion() {
        if (state != ClaimState.MORE_INFO_REQUESTED || history.isEmpty()) {
            return null;
        }
        return history.get(history.size() - 1).note();
    }
}

package org.unionaid.payouts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.unionaid.payouts.OwnProposalException;
import org.unionaid.payouts.PayoutKind;
import org.unionaid.payouts.PayoutSourceType;
import org.unionaid.payouts.PayoutState;
import org.unionaid.shared.BusinessRuleException;

/** Every transition from every state: allowed where the state diagram says so, refused with a key elsewhere. */
class PayoutTests {

    private static final long PROPOSER = 1;
    private static final long ADMIN = 2;
    private static final long ADMIN2 = 3;
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final BigDecimal LIMIT = new BigDecimal("10000.00");

    private static Payout payout(PayoutState state, PayoutKind form, String amount) {
        Payout p = new Payout("PO-1", PayoutSourceType.APPLICATION, 7, 1, 1, null, form, new BigDecimal(amount),
                form == PayoutKind.IN_KIND ? "米面油" : null, form == PayoutKind.IN_KIND ? 1 : null, "x", PROPOSER,
                "caseworker", NOW, null, List.of());
        ReflectionTestUtils.setField(p, "id", 99L);
        ReflectionTestUtils.setField(p, "state", state);
        return p;
    }

    /** action → the states it is allowed from (for the payout's form). */
    private static final Map<String, Set<PayoutState>> ALLOWED_CASH = Map.of(
            "approve", EnumSet.of(PayoutState.PROPOSED),
            "reject", EnumSet.of(PayoutState.PROPOSED),
            "cancel", EnumSet.of(PayoutState.PROPOSED, PayoutState.APPROVED),
            "batch", EnumSet.of(PayoutState.APPROVED),
            "pay", EnumSet.of(PayoutState.IN_BATCH),
            "fail", EnumSet.of(PayoutState.IN_BATCH),
            "reissue", EnumSet.of(PayoutState.FAILED));

    private static final Map<String, PayoutState> TARGET = Map.of(
            "approve", PayoutState.APPROVED, "reject", PayoutState.REJECTED, "cancel", PayoutState.CANCELLED,
            "batch", PayoutState.IN_BATCH, "pay", PayoutState.PAID, "fail", PayoutState.FAILED);

    private static final Map<String, Consumer<Payout>> ACTIONS = Map.of(
            "approve", p -> p.approve(ADMIN, "admin", NOW),
            "reject", p -> p.reject(ADMIN, "why", "admin", NOW),
            "cancel", p -> p.cancel("why", "admin", ADMIN, NOW),
            "batch", p -> p.addToBatch(5, "admin", ADMIN, NOW),
            "pay", p -> p.markPaid("admin", ADMIN, NOW),
            "fail", p -> p.markFailed("bank", "admin", ADMIN, NOW),
            "reissue", Payout::requireReissuable);

    @Test
    void everyCashTransitionIsAllowedExactlyFromItsStates() {
        ACTIONS.forEach((action, apply) -> {
            for (PayoutState from : PayoutState.values()) {
                Payout p = payout(from, PayoutKind.CASH, "100.00");
                if (ALLOWED_CASH.get(action).contains(from)) {
                    apply.accept(p);
                    if (TARGET.containsKey(action)) {
                        assertThat(p.state()).as("%s from %s", action, from).isEqualTo(TARGET.get(action));
                    }
                } else {
                    assertThatThrownBy(() -> apply.accept(p)).as("%s from %s", action, from)
                            .isInstanceOfSatisfying(BusinessRuleException.class,
                                    e -> assertThat(e.code()).isEqualTo(Payout.ILLEGAL));
                    assertThat(p.state()).isEqualTo(from);
                }
            }
        });
    }

    @Test
    void inKindIsDeliveredOnlyWhenApprovedAndNeverBatched() {
        for (PayoutState from : PayoutState.values()) {
            Payout p = payout(from, PayoutKind.IN_KIND, "500.00");
            if (from == PayoutState.APPROVED) {
                p.markDelivered(LocalDate.of(2026, 11, 22), "李师傅", "caseworker", PROPOSER, NOW);
                assertThat(p.state()).isEqualTo(PayoutState.PAID);
                assertThat(p.deliveredBy()).isEqualTo("李师傅");
            } else {
                assertThatThrownBy(() -> p.markDelivered(LocalDate.of(2026, 11, 22), "x", "c", PROPOSER, NOW))
                        .isInstanceOf(BusinessRuleException.class);
            }
        }
        assertThatThrownBy(() -> payout(PayoutState.APPROVED, PayoutKind.IN_KIND, "1.00")
                .addToBatch(5, "admin", ADMIN, NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.code()).isEqualTo("payout.batch.notCash"));
        assertThatThrownBy(() -> payout(PayoutState.APPROVED, PayoutKind.CASH, "1.00")
                .markDelivered(LocalDate.of(2026, 11, 22), "x", "c", PROPOSER, NOW))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("payout.deliver.notInKind"));
    }

    @Test
    void theProposerNeverApprovesNorRejects() {
        Payout p = payout(PayoutState.PROPOSED, PayoutKind.CASH, "100.00");
        assertThatThrownBy(() -> p.approvalStep(PROPOSER, LIMIT)).isInstanceOf(OwnProposalException.class);
        assertThatThrownBy(() -> p.approve(PROPOSER, "caseworker", NOW)).isInstanceOf(OwnProposalException.class);
        assertThatThrownBy(() -> p.reject(PROPOSER, "x", "caseworker", NOW)).isInstanceOf(OwnProposalException.class);
        assertThat(p.state()).isEqualTo(PayoutState.PROPOSED);
    }

    @Test
    void aboveTheLimitTheFirstApprovalIsRecordedAndASecondDifferentAdminFinishes() {
        Payout p = payout(PayoutState.PROPOSED, PayoutKind.CASH, "10000.01");
        assertThat(p.approvalStep(ADMIN, LIMIT)).isEqualTo(ApprovalStep.FIRST);
        p.approveFirst(ADMIN, "admin", NOW);
        assertThat(p.state()).isEqualTo(PayoutState.PROPOSED);
        assertThat(p.approvalStep(ADMIN, LIMIT)).isEqualTo(ApprovalStep.NOTHING);
        assertThatThrownBy(() -> p.approve(ADMIN, "admin", NOW)).isInstanceOf(BusinessRuleException.class);
        assertThat(p.approvalStep(ADMIN2, LIMIT)).isEqualTo(ApprovalStep.FINAL);
        p.approve(ADMIN2, "admin2", NOW);
        assertThat(p.state()).isEqualTo(PayoutState.APPROVED);
        assertThat(p.approvalStep(ADMIN, LIMIT)).isEqualTo(ApprovalStep.NOTHING);
        assertThat(payout(PayoutState.PROPOSED, PayoutKind.CASH, "10000.00").approvalStep(ADMIN, LIMIT))
                .isEqualTo(ApprovalStep.FINAL);
    }
}

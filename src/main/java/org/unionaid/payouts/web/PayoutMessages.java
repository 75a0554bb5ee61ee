package org.unionaid.payouts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.unionaid.payouts.BankResultProblem;
import org.unionaid.payouts.PayoutSummary;

/** Message arguments of business rules (enum values become their labels) and the export's columns. */
final class PayoutMessages {

    private PayoutMessages() {
    }

    static Object[] args(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof Enum<?> e
                ? new DefaultMessageSourceResolvable(e.getDeclaringClass().getSimpleName() + "." + e.name())
                : a).toArray();
    }

    static String problem(BankResultProblem p, MessageSource messages, Locale locale) {
        return messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale);
    }

    static List<String> headers(MessageSource messages, Locale locale) {
        return List.of("payout.field.reference", "payout.field.payee", "payout.field.branch", "payout.field.sourceType",
                "payout.field.sourceId", "payout.field.programme", "payout.field.form", "payout.field.amount",
                "payout.field.item", "payout.field.state", "payout.field.proposedBy", "payout.field.proposedAt")
                .stream().map(k -> messages.getMessage(k, null, locale)).toList();
    }

    /** Typed values for {@code Spreadsheets.write}: ids as numbers, the amount as money, the time as an instant. */
    static List<@Nullable Object> row(PayoutSummary p, MessageSource messages, Locale locale) {
        return Arrays.asList(p.reference(), p.payeeName(), p.branchName(),
                messages.getMessage("PayoutSourceType." + p.sourceType(), null, locale), p.sourceId(),
                p.programmeId(), messages.getMessage("PayoutKind." + p.form(), null, locale), p.amount(),
                p.item(), messages.getMessage("PayoutState." + p.state(), null, locale),
                p.proposedByName(), p.proposedAt());
    }
}

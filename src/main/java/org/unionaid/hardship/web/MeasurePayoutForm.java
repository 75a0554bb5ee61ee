package org.unionaid.hardship.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.MeasurePayout;
import org.unionaid.payouts.PayoutKind;

/** The payout a caseworker proposes for one measure of the plan; kept as typed when it is refused. */
public class MeasurePayoutForm {

    private long measureId;

    @NotNull(message = "{hardshipFile.required}")
    private @Nullable PayoutKind form = PayoutKind.CASH;

    @NotNull(message = "{hardshipFile.required}")
    @DecimalMin(value = "0.01", message = "{assistanceMeasure.payout.amount.positive}")
    @Digits(integer = 12, fraction = 2, message = "{assistanceMeasure.payout.amount.format}")
    private @Nullable BigDecimal amount;

    @Size(max = 200, message = "{hardshipFile.text.tooLong}")
    private @Nullable String item;

    @Min(value = 1, message = "{assistanceMeasure.payout.quantity.positive}")
    private @Nullable Integer quantity;

    MeasurePayout toRequest() {
        return new MeasurePayout(form == null ? PayoutKind.CASH : form, amount == null ? BigDecimal.ZERO : amount,
                form == PayoutKind.IN_KIND ? item : null, form == PayoutKind.IN_KIND ? quantity : null);
    }

    public long getMeasureId() { return measureId; }
    public void setMeasureId(long measureId) { this.measureId = measureId; }
    public @Nullable PayoutKind getForm() { return form; }
    public void setForm(@Nullable PayoutKind form) { this.form = form; }
    public @Nullable BigDecimal getAmount() { return amount; }
    public void setAmount(@Nullable BigDecimal amount) { this.amount = amount; }
    public @Nullable String getItem() { return item; }
    public void setItem(@Nullable String item) { this.item = item; }
    public @Nullable Integer getQuantity() { return quantity; }
    public void setQuantity(@Nullable Integer quantity) { this.quantity = quantity; }
}

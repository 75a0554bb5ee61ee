package org.unionaid.payouts.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The reason of a rejection or cancellation, or the delivery of an in-kind payout. */
public class PayoutActionForm {

    @Size(max = 1000, message = "{payout.reason.tooLong}")
    private @Nullable String reason;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate deliveredOn;
    @Size(max = 100, message = "{payout.deliverer.tooLong}")
    private @Nullable String deliverer;

    public @Nullable String getReason() { return reason; }
    public void setReason(@Nullable String reason) { this.reason = reason; }
    public @Nullable LocalDate getDeliveredOn() { return deliveredOn; }
    public void setDeliveredOn(@Nullable LocalDate deliveredOn) { this.deliveredOn = deliveredOn; }
    public @Nullable String getDeliverer() { return deliverer; }
    public void setDeliverer(@Nullable String deliverer) { this.deliverer = deliverer; }
}

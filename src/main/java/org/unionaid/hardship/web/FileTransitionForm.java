package org.unionaid.hardship.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unionaid.hardship.HardshipFileCancelReason;

/** The reason (and, to cancel, its code) given with a transition of a file. */
public class FileTransitionForm {

    @Size(max = 1000, message = "{hardshipFile.text.tooLong}")
    private @Nullable String reason;

    private @Nullable HardshipFileCancelReason cancelCode;

    public @Nullable String getReason() { return reason; }
    public void setReason(@Nullable String reason) { this.reason = reason; }
    public @Nullable HardshipFileCancelReason getCancelCode() { return cancelCode; }
    public void setCancelCode(@Nullable HardshipFileCancelReason cancelCode) { this.cancelCode = cancelCode; }
}

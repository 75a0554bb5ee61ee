package org.unionaid.people.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unionaid.people.HouseholdDetails;
import org.unionaid.people.HouseholdView;

/** The household figures; per-capita income is derived from them, never typed. */
public class HouseholdForm {

    @Size(max = 300, message = "{worker.address.tooLong}")
    private @Nullable String address;

    @DecimalMin(value = "0", message = "{household.amount.invalid}")
    @Digits(integer = 12, fraction = 2, message = "{household.amount.invalid}")
    private @Nullable BigDecimal annualDisposableIncome;

    @DecimalMin(value = "0", message = "{household.amount.invalid}")
    @Digits(integer = 12, fraction = 2, message = "{household.amount.invalid}")
    private @Nullable BigDecimal rigidExpenditure;

    static HouseholdForm of(HouseholdView h) {
        HouseholdForm form = new HouseholdForm();
        form.address = h.address();
        form.annualDisposableIncome = h.annualDisposableIncome();
        form.rigidExpenditure = h.rigidExpenditure();
        return form;
    }

    HouseholdDetails toDetails() {
        return new HouseholdDetails(address, annualDisposableIncome, rigidExpenditure);
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public @Nullable BigDecimal getAnnualDisposableIncome() {
        return annualDisposableIncome;
    }

    public void setAnnualDisposableIncome(@Nullable BigDecimal annualDisposableIncome) {
        this.annualDisposableIncome = annualDisposableIncome;
    }

    public @Nullable BigDecimal getRigidExpenditure() {
        return rigidExpenditure;
    }

    public void setRigidExpenditure(@Nullable BigDecimal rigidExpenditure) {
        this.rigidExpenditure = rigidExpenditure;
    }
}

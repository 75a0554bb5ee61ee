package org.unionaid.hardship.web;

import java.util.Objects;

import org.unionaid.hardship.Leads.RegisterFromLead;
import org.unionaid.people.WorkerDetailsForm;

/**
 * Registering a verified lead's person in the registry: the registry's own details form and rules (the branch is
 * the lead's); a blank ID uses the one reported with the lead.
 */
public class RegisterWorkerForm extends WorkerDetailsForm {

    static RegisterWorkerForm of(RegisterFromLead draft) {
        RegisterWorkerForm form = new RegisterWorkerForm();
        form.setName(draft.name());
        form.setPhone(draft.phone());
        form.setAddress(draft.address());
        return form;
    }

    RegisterFromLead toCommand() {
        return new RegisterFromLead(getNationalId(), Objects.requireNonNullElse(getName(), ""), getPhone(),
                getAddress(), getEmployerName(), Objects.requireNonNull(getEmploymentForm()),
                Objects.requireNonNull(getWorkerType()), getUnionMemberSince(), months());
    }
}

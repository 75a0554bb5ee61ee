package org.unionaid.mutualaid;

import org.unionaid.shared.RecordNotFoundException;

public class PlanNotFoundException extends RecordNotFoundException {

    public PlanNotFoundException(Object id) {
        super("MutualAidPlan", id);
    }
}

package org.unionaid.programmes;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.payouts.ProgrammeOwners;
import org.unionaid.programmes.domain.Programme;
import org.unionaid.programmes.domain.ProgrammeRepository;

/** The programmes' owning branches and names, for the payouts module's funding figures and benefit ledger. */
@Component
class FundingProgrammeOwners implements ProgrammeOwners {

    private final ProgrammeRepository programmes;

    FundingProgrammeOwners(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> branchOf(long programmeId) {
        return programmes.findById(programmeId).map(Programme::branchId);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> programmeIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        programmes.findAllById(programmeIds).forEach(p -> names.put(p.id(), p.name()));
        return names;
    }
}

package org.unionaid.mutualaid;

import java.util.List;

import org.unionaid.shared.BusinessRuleException;

/** A settlement file with problems (each with its row and column, as a staff list's): nothing of it was imported. */
public class StayImportRejectedException extends BusinessRuleException {

    private final transient List<StaffListProblem> problems;

    public StayImportRejectedException(List<StaffListProblem> problems) {
        super("stay.import.rejected", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<StaffListProblem> problems() {
        return problems;
    }

    @Override
    public List<Problem> ruleProblems() {
        return problems.stream().map(p -> new Problem(p.column(), p.row() > 0 ? p.row() : null, p.key(), p.args()))
                .toList();
    }
}

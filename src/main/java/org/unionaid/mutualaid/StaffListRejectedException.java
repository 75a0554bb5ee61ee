package org.unionaid.mutualaid;

import java.util.List;

import org.unionaid.shared.BusinessRuleException;

/** A staff list with problems: nothing of it was enrolled. */
public class StaffListRejectedException extends BusinessRuleException {

    private final transient List<StaffListProblem> problems;

    public StaffListRejectedException(List<StaffListProblem> problems) {
        super("enrolment.list.rejected", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<StaffListProblem> problems() {
        return problems;
    }

    @Override
    public List<Problem> ruleProblems() {
        return problems.stream().map(p -> new Problem(p.column(), p.row() > 0 ? p.row() : null, p.key(), p.args())).toList();
    }
}

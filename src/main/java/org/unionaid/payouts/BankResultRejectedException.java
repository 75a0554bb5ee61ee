package org.unionaid.payouts;

import java.util.List;

import org.unionaid.shared.BusinessRuleException;

/** A bank result file with at least one bad row: nothing of it was applied. */
public class BankResultRejectedException extends BusinessRuleException {

    private final List<BankResultProblem> problems;

    public BankResultRejectedException(List<BankResultProblem> problems) {
        super("batch.result.rejected", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<BankResultProblem> problems() {
        return problems;
    }

    @Override
    public List<Problem> ruleProblems() {
        return problems.stream().map(p -> new Problem(p.column(), p.row(), p.messageKey(), p.args())).toList();
    }
}

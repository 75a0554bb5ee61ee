package org.unionaid.payouts;

import org.unionaid.shared.BusinessRuleException;

/**
 * The maker-checker rule: nobody approves (or rejects) their own proposal. Pages and the API answer it with
 * 403 and the rule's message.
 */
public class OwnProposalException extends BusinessRuleException {

    public OwnProposalException(String code) {
        super(code);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}

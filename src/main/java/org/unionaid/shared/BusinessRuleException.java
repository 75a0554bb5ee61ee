package org.unionaid.shared;

/**
 * A request refused by a business rule. Carries a message key (and arguments) that the web layer
 * renders in the user's language; never a literal text.
 */
public class BusinessRuleException extends RuntimeException {

    private final String code;
    private final Object[] args;

    public BusinessRuleException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}

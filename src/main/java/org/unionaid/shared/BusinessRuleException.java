package org.unionaid.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A request refused by a business rule. Carries a message key (and arguments) that the web layer
 * renders in the user's language; never a literal text. The API answers it with {@link #httpStatus()}
 * (422 unless a subtype says otherwise) and lists {@link #ruleProblems()} (row-level problems of a rejected
 * file, say) in the problem detail's {@code errors}.
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

    /** The HTTP status the API answers with. */
    public int httpStatus() {
        return 422;
    }

    /** The individual problems behind the refusal, each with its own message key; none by default. */
    public List<Problem> ruleProblems() {
        return List.of();
    }

    /**
     * One problem behind a refusal: the field or column it concerns, the row of an uploaded file (1 = header)
     * if any, a message key and its arguments.
     */
    public record Problem(String field, @Nullable Integer row, String code, List<String> args) {
    }
}

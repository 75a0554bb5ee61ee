package org.unionaid.mutualaid.web;

import java.util.Arrays;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.unionaid.shared.BusinessRuleException;

/** Business-rule refusals as form errors; enum arguments become their labels ({@code EnumName.CONSTANT}). */
final class MutualAidMessages {

    private MutualAidMessages() {
    }

    static Object[] args(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof Enum<?> e
                ? new DefaultMessageSourceResolvable(e.getDeclaringClass().getSimpleName() + "." + e.name())
                : a).toArray();
    }

    static void reject(BindingResult result, BusinessRuleException e) {
        result.reject(e.code(), args(e.args()), e.code());
    }
}

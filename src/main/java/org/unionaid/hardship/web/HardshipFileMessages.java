package org.unionaid.hardship.web;

import java.util.Arrays;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Message arguments of business rules: enum values become their labels ({@code EnumName.CONSTANT}). */
final class HardshipFileMessages {

    private HardshipFileMessages() {
    }

    static Object[] args(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof Enum<?> e
                ? new DefaultMessageSourceResolvable(e.getDeclaringClass().getSimpleName() + "." + e.name())
                : a).toArray();
    }
}

package org.unionaid.mutualaid;

import java.util.List;

/** One line of a benefit's explanation: a message key of the {@code mutualaid} bundle and its arguments. */
public record ExplanationLine(String key, List<String> args) {

    public static ExplanationLine of(String key, Object... args) {
        return new ExplanationLine(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}

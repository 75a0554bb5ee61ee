package org.unionaid.appeals;

import org.jspecify.annotations.Nullable;

/**
 * The queue's filter: a state (none: all), only overdue ones (OPEN past their due day), a subject type.
 */
public record AppealFilter(@Nullable AppealState state, boolean overdue, @Nullable AppealSubjectType subjectType) {

    public static AppealFilter open() {
        return new AppealFilter(AppealState.OPEN, false, null);
    }
}

package org.unionaid.hardship;

/** PLANNED and IN_PROGRESS measures are open (and overdue after their due date). */
public enum AssistanceMeasureStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}

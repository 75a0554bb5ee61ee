package org.unionaid.hardship;

/**
 * Tells the hardship module whether a file has an objection (异议) nobody has resolved yet: such a file cannot
 * start a new public notice. Hardship must not depend on the notices module, which owns objections (the arrow
 * points the other way); notices implements this interface.
 */
public interface NoticeObjections {

    boolean openOnFile(long fileId);
}

package org.unionaid.branches;

import org.jspecify.annotations.Nullable;

/**
 * A branch as shown on pages and used by other modules. {@code depth} is 0 for the root; {@code regionCode}
 * is the administrative region (6 digits) whose rules apply, when the branch has one of its own.
 */
public record BranchView(long id, @Nullable Long parentId, String code, String name, @Nullable String nameEn,
                         BranchLevel level, String path, boolean active, @Nullable String regionCode) {

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    /** The name in the user's language: the English name when there is one and English is asked for. */
    public String displayName(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}

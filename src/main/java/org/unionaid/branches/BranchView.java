package org.unionaid.branches;

import org.jspecify.annotations.Nullable;

/** A branch as shown on pages and used by other modules. {@code depth} is 0 for the root. */
public record BranchView(long id, @Nullable Long parentId, String code, String name, @Nullable String nameEn,
                         BranchLevel level, String path, boolean active) {

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    /** The name in the user's language: the English name when there is one and English is asked for. */
    public String displayName(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}

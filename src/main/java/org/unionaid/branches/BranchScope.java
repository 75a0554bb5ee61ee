package org.unionaid.branches;

/**
 * What a staff user may see: the branch with this path and everything below it. Queries match
 * {@code branch.path LIKE :pathPrefix%} with {@link #likePattern()}.
 */
public record BranchScope(long branchId, String path) {

    public String likePattern() {
        return path + "%";
    }

    public boolean covers(String otherPath) {
        return otherPath.startsWith(path);
    }
}

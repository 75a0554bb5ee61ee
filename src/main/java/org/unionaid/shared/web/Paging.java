package org.unionaid.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The one way a controller turns the {@code page}, {@code size} and {@code sort} a client sent into a page request:
 * a negative page is the first, an API size is kept within 1..{@value #MAX_API_SIZE}, so no request asks for a page
 * that cannot exist or for a million rows; a sort is {@code property,asc|desc} (the list's SQL keeps only the
 * properties it can sort by, see {@code shared.sql.SqlOrder}).
 */
public final class Paging {

    /** The largest page an API client may ask for. */
    public static final int MAX_API_SIZE = 100;

    private Paging() {
    }

    /** A page of a screen with its fixed size. */
    public static PageRequest page(int page, int size) {
        return PageRequest.of(Math.max(page, 0), size);
    }

    public static PageRequest page(int page, int size, Sort sort) {
        return PageRequest.of(Math.max(page, 0), size, sort);
    }

    /** A page of an API list with the size the client asked for, kept within 1..{@value #MAX_API_SIZE}. */
    public static PageRequest api(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_API_SIZE));
    }

    public static PageRequest api(int page, int size, Sort sort) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_API_SIZE), sort);
    }

    /**
     * The sort a list page sent as {@code property,asc} or {@code property,desc} (descending when the direction is
     * missing or unknown); {@code defaultProperty} descending when none (or only a direction) was sent. Unknown properties are passed
     * on: the list's SQL ignores them.
     */
    public static Sort sort(@Nullable String sort, String defaultProperty) {
        String[] parts = sort == null ? new String[0] : sort.split(",");
        if (parts.length == 0 || parts[0].isBlank()) {
            return Sort.by(Sort.Direction.DESC, defaultProperty);
        }
        Sort.Direction direction = parts.length > 1 && "asc".equalsIgnoreCase(parts[1].strip())
                ? Sort.Direction.ASC : Sort.Direction.DESC;
        return Sort.by(direction, parts[0].strip());
    }
}

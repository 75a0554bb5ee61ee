package org.unionaid.shared.web;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * One page of a list in the JSON API: the rows, the page number (from 0), the page size, the number of rows and
 * of pages. Every {@code /api/v1} list answers this shape (the workers' list adds its keyset cursors to it).
 * {@code totalElements} may be a capped count (see {@code shared.sql.CappedCount}), as the list says.
 */
public record ApiPage<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    /** The page Spring Data answered, as the API shows it. */
    public static <T> ApiPage<T> of(Page<T> page) {
        return new ApiPage<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}

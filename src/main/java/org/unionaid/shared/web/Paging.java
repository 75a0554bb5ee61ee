package org.unionaid.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The one way a controller turns the {@code page} and {@code size} a client sent into a page request: a negative
 * page is the first, an API size is kept within 1..{@value #MAX_API_SIZE}, so no request asks for a page that
 * cannot exist or for a million rows.
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
}

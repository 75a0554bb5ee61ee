package org.unionaid.system;

import java.net.URI;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds paging links that keep the current filter parameters (used by fragments/pagination): numbered pages
 * ({@code page}) and keyset pages ({@code after} / {@code before} a cursor).
 */
@Component("pageLinks")
class PageLinks {

    public String to(int page) {
        return link(b -> b.replaceQueryParam("page", Math.max(page, 0)));
    }

    /** The keyset page after (or before) a cursor: {@code way} is "after" or "before". */
    public String seek(String way, String cursor) {
        return link(b -> b.replaceQueryParam("page").replaceQueryParam("after").replaceQueryParam("before")
                .replaceQueryParam("after".equals(way) ? "after" : "before", cursor));
    }

    /** The first page of a keyset-paged list. */
    public String first() {
        return link(b -> b.replaceQueryParam("page").replaceQueryParam("after").replaceQueryParam("before"));
    }

    private static String link(UnaryOperator<UriComponentsBuilder> change) {
        URI uri = change.apply(ServletUriComponentsBuilder.fromCurrentRequest()).replaceQueryParam("lang")
                .build().toUri();
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}

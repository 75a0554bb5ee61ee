package org.unionaid.system;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds paging links that keep the current filter parameters (used by fragments/pagination). */
@Component("pageLinks")
class PageLinks {

    public String to(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", Math.max(page, 0))
                .replaceQueryParam("lang")
                .build().toUri().getRawPath()
                + "?" + ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", Math.max(page, 0))
                .replaceQueryParam("lang")
                .build().toUri().getRawQuery();
    }
}

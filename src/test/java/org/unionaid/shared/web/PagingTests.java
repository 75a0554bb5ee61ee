package org.unionaid.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class PagingTests {

    @Test
    void aNegativePageIsTheFirstAndAnApiSizeStaysWithinItsBounds() {
        assertThat(Paging.page(-3, 25).getPageNumber()).isZero();
        assertThat(Paging.page(2, 25).getPageSize()).isEqualTo(25);
        assertThat(Paging.api(1, 0).getPageSize()).isEqualTo(1);
        assertThat(Paging.api(1, 1_000_000).getPageSize()).isEqualTo(Paging.MAX_API_SIZE);
        assertThat(Paging.api(-1, 20, Sort.by("id")).getSort()).isEqualTo(Sort.by("id"));
        assertThat(Paging.page(4, 10, Sort.by("name")).getPageNumber()).isEqualTo(4);
    }
}

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

    @Test
    void aListSortIsAPropertyAndADirectionDescendingUnlessAskedOtherwise() {
        assertThat(Paging.sort("fileNumber,asc", "filedOn")).isEqualTo(Sort.by(Sort.Direction.ASC, "fileNumber"));
        assertThat(Paging.sort("fileNumber,DESC", "filedOn")).isEqualTo(Sort.by(Sort.Direction.DESC, "fileNumber"));
        assertThat(Paging.sort("amount", "filedOn")).isEqualTo(Sort.by(Sort.Direction.DESC, "amount"));
        assertThat(Paging.sort(null, "filedOn")).isEqualTo(Sort.by(Sort.Direction.DESC, "filedOn"));
        assertThat(Paging.sort(" ", "filedOn")).isEqualTo(Sort.by(Sort.Direction.DESC, "filedOn"));
        // only a direction, or only commas: the default, not an error
        assertThat(Paging.sort(",asc", "filedOn")).isEqualTo(Sort.by(Sort.Direction.DESC, "filedOn"));
        assertThat(Paging.sort(",", "filedOn")).isEqualTo(Sort.by(Sort.Direction.DESC, "filedOn"));
    }
}

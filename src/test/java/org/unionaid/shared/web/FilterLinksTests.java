package org.unionaid.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FilterLinksTests {

    enum Colour { RED }

    /** A filter form as the list pages have them: properties = request parameters. */
    public static class Filter {
        private static final String NOT_A_PARAMETER = "x";
        private @Nullable Colour colour;
        private @Nullable Long branchId;
        private @Nullable Boolean eligible;
        private @Nullable LocalDate from;
        private @Nullable String sort;

        public @Nullable Colour getColour() { return colour; }
        public void setColour(@Nullable Colour colour) { this.colour = colour; }
        public @Nullable Long getBranchId() { return branchId; }
        public void setBranchId(@Nullable Long branchId) { this.branchId = branchId; }
        public @Nullable Boolean getEligible() { return eligible; }
        public void setEligible(@Nullable Boolean eligible) { this.eligible = eligible; }
        public @Nullable LocalDate getFrom() { return from; }
        public void setFrom(@Nullable LocalDate from) { this.from = from; }
        public @Nullable String getSort() { return sort; }
        public void setSort(@Nullable String sort) { this.sort = sort; }
    }

    private final FilterLinks links = new FilterLinks();

    @Test
    void aLinkCarriesEverySetFilterAsTheBinderReadsItAndLeavesOutTheRest() {
        Filter filter = new Filter();
        filter.setColour(Colour.RED);
        filter.setEligible(false);
        filter.setFrom(LocalDate.of(2026, 3, 1));
        filter.setSort("amount,asc");
        assertThat(links.to("/list/export.xlsx", filter))
                .isEqualTo("/list/export.xlsx?colour=RED&eligible=false&from=2026-03-01&sort=amount,asc");
        assertThat(links.to("/list/export.xlsx", new Filter())).isEqualTo("/list/export.xlsx");
    }

    @Test
    void aColumnSortsAscendingThenTogglesAndKeepsTheFilters() {
        Filter filter = new Filter();
        filter.setBranchId(7L);
        assertThat(links.sorted("/list", filter, "amount")).isEqualTo("/list?branchId=7&sort=amount,asc");
        filter.setSort("amount,asc");
        assertThat(links.sorted("/list", filter, "amount")).isEqualTo("/list?branchId=7&sort=amount,desc");
        assertThat(links.sorted("/list", filter, "reference")).isEqualTo("/list?branchId=7&sort=reference,asc");
    }

    @Test
    void valuesAreEncoded() {
        Filter filter = new Filter();
        filter.setSort("a b&c=d");
        assertThat(links.to("/list", filter)).isEqualTo("/list?sort=a%20b%26c%3Dd");
    }
}

package org.unionaid.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.unionaid.support.IntegrationTestSupport;

/** A name-prefix search pages through exactly the matching workers of the caller's scope, in name order. */
class WorkerNameSearchIntegrationTests extends IntegrationTestSupport {

    @Autowired
    PeopleManagement people;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void everyMatchOnceAcrossPagesInNameOrderWithinTheScope() {
        TestPeople test = new TestPeople(people, userDetails, jdbc);
        String prefix = "序" + TestPeople.freshName("").strip();
        List<String> names = new ArrayList<>();
        for (String suffix : List.of("张", "王", "a", "B", "李", "c", "王明", "_", "刘", "陈", "Z", "x")) {
            names.add(test.register("caseworker", prefix + suffix, "SN-XA-YT").name());
        }
        test.register("caseworker2", prefix + "宝鸡", "SN-BJ-WB");

        List<String> seen = new ArrayList<>();
        Page<WorkerSummary> page;
        int n = 0;
        do {
            int number = n++;
            page = test.as("caseworker", () -> people.search(prefix, PageRequest.of(number, 5)));
            page.getContent().forEach(w -> seen.add(w.name()));
        } while (page.hasNext());
        assertThat(page.getTotalElements()).isEqualTo(names.size());
        assertThat(seen).hasSize(names.size()).containsExactlyInAnyOrderElementsOf(names);
        // byte order of the lower-case name (what worker_name_c_order_idx serves)
        assertThat(seen).isSortedAccordingTo(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT)));
        // another order still works, through the prefix index and a sort
        List<WorkerSummary> byBirth = test.as("caseworker", () -> people.search(prefix,
                PageRequest.of(0, 50, Sort.by("birthDate").descending()))).getContent();
        assertThat(byBirth).extracting(WorkerSummary::name).containsExactlyInAnyOrderElementsOf(names);
        // a LIKE wildcard in the query is a plain character
        assertThat(test.as("caseworker", () -> people.search(prefix + "_", PageRequest.of(0, 50))).getContent())
                .extracting(WorkerSummary::name).containsExactly(prefix + "_");
    }
}

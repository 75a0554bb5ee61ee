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
import org.unionaid.shared.sql.CappedCount;
import org.unionaid.shared.sql.Keyset;
import org.unionaid.support.IntegrationTestSupport;

/** A name-prefix search pages through exactly the matching workers of the caller's scope, in name order. */
class WorkerNameSearchIntegrationTests extends IntegrationTestSupport {

    @Autowired
    People people;
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

    @Test
    void keysetPagesReturnEveryRowExactlyOnceWhileRowsAreInserted() {
        TestPeople test = new TestPeople(people, userDetails, jdbc);
        String prefix = "键" + TestPeople.freshName("").strip();
        List<String> before = new ArrayList<>();
        for (int k = 10; k <= 130; k += 10) {
            before.add(test.register("caseworker", prefix + "%03d".formatted(k), "SN-XA-YT").name());
        }
        List<String> behind = new ArrayList<>();
        List<String> ahead = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String at = cursor;
            Keyset.Page<WorkerSummary> page = test.as("caseworker", () -> people.browse(prefix, at, 4));
            page.content().forEach(w -> seen.add(w.name()));
            assertThat(page.total()).isGreaterThanOrEqualTo(before.size());
            assertThat(page.previous() == null).isEqualTo(pages == 0);
            // between pages, others register workers: one sorting before the last row read, one after it
            String lastRead = page.content().get(page.content().size() - 1).name();
            int read = Integer.parseInt(lastRead.substring(prefix.length()));
            behind.add(test.register("caseworker", prefix + "%03d".formatted(read - 5), "SN-XA-YT").name());
            if (read + 5 < 130) {
                ahead.add(test.register("caseworker", prefix + "%03d".formatted(read + 5), "SN-XA-YT").name());
            }
            cursor = page.next();
            pages++;
        } while (cursor != null && pages < 20);

        assertThat(seen).doesNotHaveDuplicates().containsAll(before).containsAll(ahead).doesNotContainAnyElementsOf(behind);
        assertThat(seen).isSortedAccordingTo(Comparator.naturalOrder());
        List<String> inserted = new ArrayList<>(behind);
        inserted.addAll(ahead);

        // back from the last page: the same rows in the same order
        Keyset.Page<WorkerSummary> last = test.as("caseworker", () -> people.browse(prefix, null, 100));
        List<String> all = last.content().stream().map(WorkerSummary::name).toList();
        assertThat(all).hasSize(before.size() + inserted.size());
        List<String> backwards = new ArrayList<>();
        Keyset.Page<WorkerSummary> page = test.as("caseworker", () -> people.browse(prefix, null, 5));
        while (page.next() != null) {
            String next = page.next();
            page = test.as("caseworker", () -> people.browse(prefix, next, 5));
        }
        backwards.addAll(0, page.content().stream().map(WorkerSummary::name).toList());
        while (page.previous() != null) {
            String previous = page.previous();
            page = test.as("caseworker", () -> people.browse(prefix, previous, 5));
            assertThat(page.content()).hasSize(5);
            backwards.addAll(0, page.content().stream().map(WorkerSummary::name).toList());
        }
        assertThat(backwards).containsExactlyElementsOf(all);

        // a damaged or foreign cursor is the first page, never an error
        assertThat(test.as("caseworker", () -> people.browse(prefix, "not-a-cursor", 5)).content())
                .extracting(WorkerSummary::name).containsExactlyElementsOf(all.subList(0, 5));
        String phoneCursor = Keyset.after("p", "138", "1").encode();
        assertThat(test.as("caseworker", () -> people.browse(prefix, phoneCursor, 5)).content())
                .extracting(WorkerSummary::name).containsExactlyElementsOf(all.subList(0, 5));
    }

    @Test
    void aCommonPrefixCountsUpToTheCapAndOnlyTheCallersScope() {
        TestPeople test = new TestPeople(people, userDetails, jdbc);
        String prefix = "冠" + TestPeople.freshName("").strip();
        long yanta = jdbc.queryForObject("select id from branch where code = 'SN-XA-YT'", Long.class);
        long baoji = jdbc.queryForObject("select id from branch where code = 'SN-BJ-WB'", Long.class);
        // more matches than the cap in Yanta, a few in Baoji: a surname as common as 王 is in a province
        String copy = """
                insert into worker (name, national_id_enc, national_id_hash, national_id_masked, sex, birth_date, phone,
                                    address, employer_name, branch_id, employment_form, worker_type)
                select ? || lpad(g::text, 5, '0'), w.national_id_enc, encode(sha256((? || g)::bytea), 'hex'),
                       w.national_id_masked, w.sex, w.birth_date, w.phone, 'count test', w.employer_name, ?,
                       w.employment_form, w.worker_type
                  from generate_series(1, ?) g, (select * from worker order by id limit 1) w""";
        jdbc.update(copy, prefix, prefix + "-yt-", yanta, CappedCount.CAP + 50);
        jdbc.update(copy, prefix, prefix + "-bj-", baoji, 7);
        jdbc.execute("analyze worker");
        try {
            Keyset.Page<WorkerSummary> many = test.as("caseworker", () -> people.browse(prefix, null, 20));
            assertThat(many.total()).isEqualTo(CappedCount.CAP + 1);
            assertThat(many.totalCapped()).isTrue();
            assertThat(many.content()).hasSize(20).allSatisfy(w -> assertThat(w.branchId()).isEqualTo(yanta));
            // Baoji's caseworker counts exactly their own seven
            Keyset.Page<WorkerSummary> few = test.as("caseworker2", () -> people.browse(prefix, null, 20));
            assertThat(few.total()).isEqualTo(7);
            assertThat(few.totalCapped()).isFalse();
            assertThat(few.content()).hasSize(7).allSatisfy(w -> assertThat(w.branchId()).isEqualTo(baoji));
        } finally {
            jdbc.update("delete from worker where address = 'count test' and name like ?", prefix + "%");
        }
    }
}

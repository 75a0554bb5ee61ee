package org.unionaid.shared.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class SqlOrderTests {

    private static final Map<String, String> SORTABLE = Map.of("name", "w.name", "filedOn", "f.filed_on");

    @Test
    void sortablePropertiesBecomeTheirColumnsWithATieBreaker() {
        assertThat(SqlOrder.orderBy(Sort.by(Sort.Order.asc("name"), Sort.Order.desc("filedOn")), SORTABLE,
                "f.filed_on desc", "f.id desc"))
                .isEqualTo(" order by w.name asc, f.filed_on desc, f.id desc");
    }

    @Test
    void anUnknownPropertyNeverReachesTheSqlAndTheDefaultOrderApplies() {
        assertThat(SqlOrder.orderBy(Sort.by("name; drop table worker"), SORTABLE, "f.filed_on desc", "f.id desc"))
                .isEqualTo(" order by f.filed_on desc, f.id desc");
    }
}

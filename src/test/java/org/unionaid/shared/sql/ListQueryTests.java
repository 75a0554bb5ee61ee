package org.unionaid.shared.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/** The SQL text the lists' indexes were chosen for: the page from the list's table alone, names joined after. */
class ListQueryTests {

    private enum State { ACTIVE }

    private static final ListQuery FILES = new ListQuery("select f.id, b.name", " from hardship_file f", "f",
            " join branch b on b.id = f.branch_id", new SqlOrder(Map.of("fileNumber", "f.file_number"),
            "f.filed_on desc", "f.id desc"));

    @Test
    void filtersThatAreNotSetAddNothingAndEnumsAreComparedByName() {
        SqlWhere where = SqlWhere.where("f.branch_path like ?", "/1/%")
                .eq("f.state", State.ACTIVE)
                .eq("f.category", null)
                .optional("f.filed_on >= ?", null)
                .inBranch("f.branch_path", 7L)
                .inBranch("f.branch_path", null);
        assertThat(where.sql()).isEqualTo(" where f.branch_path like ? and f.state = ?"
                + " and f.branch_path like (select sub.path || '%' from branch sub where sub.id = ?)");
        assertThat(where.args()).containsExactly("/1/%", "ACTIVE", 7L);
        assertThat(where.argsWith(25, 50L)).containsExactly("/1/%", "ACTIVE", 7L, 25, 50L);
        assertThat(SqlWhere.always().and("a.programme_id in (1,2)").sql())
                .isEqualTo(" where true and a.programme_id in (1,2)");
    }

    @Test
    void thePageIsChosenFromTheTableBeforeTheNamesAreJoinedInTheAskedOrder() {
        SqlWhere where = SqlWhere.where("f.branch_path like ?", "/1/%").eq("f.state", State.ACTIVE);
        assertThat(FILES.pageSql(where, Sort.by(Sort.Direction.ASC, "fileNumber"))).isEqualTo(
                "select f.id, b.name from (select f.* from hardship_file f where f.branch_path like ? and f.state = ?"
                        + " order by f.file_number asc, f.id desc limit ? offset ?) f"
                        + " join branch b on b.id = f.branch_id order by f.file_number asc, f.id desc");
        // display joins written as a text block (a new line first, none last) join the same way
        ListQuery textBlock = new ListQuery("""
                select f.id, b.name""", "from hardship_file f", "f", """
                 join branch b on b.id = f.branch_id""", FILES.order());
        assertThat(textBlock.pageSql(where, Sort.unsorted())).isEqualTo(
                "select f.id, b.name from (select f.* from hardship_file f where f.branch_path like ? and f.state = ?"
                        + " order by f.filed_on desc, f.id desc limit ? offset ?) f"
                        + " join branch b on b.id = f.branch_id order by f.filed_on desc, f.id desc");
    }

    @Test
    void aFixedOrderIgnoresTheAskedSort() {
        assertThat(SqlOrder.fixed("c.submitted_on nulls last", "c.id").of(Sort.by("reference")))
                .isEqualTo(" order by c.submitted_on nulls last, c.id");
    }
}

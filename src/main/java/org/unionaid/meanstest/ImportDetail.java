package org.unionaid.meanstest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An import with its rows and, for every matched file the viewer may see, the verdict. A row whose ID matched no
 * worker, or a worker without an open file in the viewer's subtree, is "not matched" ({@code fileId} null).
 */
public record ImportDetail(ImportSummary summary, List<Row> rows, List<FileVerdict> files) {

    public record Row(int rowNumber, CivilAffairsKind kind, @Nullable BigDecimal amount, @Nullable String description,
                      LocalDate recordedOn, @Nullable Long fileId, @Nullable String fileNumber, boolean contradicts) {

        public boolean matched() {
            return fileId != null;
        }
    }

    public record FileVerdict(long fileId, String fileNumber, Verdict verdict, int contradicting, int supporting) {
    }
}

package org.unionaid.mutualaid;

import java.time.Instant;
import java.util.List;

/**
 * One import of medical-insurance settlement data ({@link HospitalStays}): its counts — rows in the file, stays
 * already imported before (added nothing), stays that became claims, rows of people who are no member (of a
 * hospital plan, within the importer's branches) and members' stays that are not covered — and, for one import, its
 * new rows (empty in a list).
 */
public record StayImportView(long id, String reference, long branchId, String branchName, String fileName,
                             String fileSha256, String importedBy, Instant importedAt, int totalRows,
                             int duplicateRows, int claimedRows, int notMemberRows, int notCoveredRows,
                             List<StayRowView> rows) {

    /** Rows that were new: every row not imported before. */
    public int newRows() {
        return totalRows - duplicateRows;
    }
}

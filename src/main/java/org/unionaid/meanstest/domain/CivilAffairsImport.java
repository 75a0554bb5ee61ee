package org.unionaid.meanstest.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One imported civil-affairs list. */
@Entity
@Table(name = "civil_affairs_import")
public class CivilAffairsImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "branch_id")
    private long branchId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "row_count")
    private int rowCount;

    @Column(name = "matched_count")
    private int matchedCount;

    @Column(name = "imported_by")
    private String importedBy;

    @Column(name = "imported_at")
    private Instant importedAt;

    protected CivilAffairsImport() {
        this.fileName = "";
        this.importedBy = "";
        this.importedAt = Instant.EPOCH;
    }

    public CivilAffairsImport(long branchId, String fileName, int rowCount, int matchedCount, String importedBy,
                              Instant importedAt) {
        this.branchId = branchId;
        this.fileName = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
        this.rowCount = rowCount;
        this.matchedCount = matchedCount;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long branchId() { return branchId; }
    public String fileName() { return fileName; }
    public int rowCount() { return rowCount; }
    public int matchedCount() { return matchedCount; }
    public String importedBy() { return importedBy; }
    public Instant importedAt() { return importedAt; }
}

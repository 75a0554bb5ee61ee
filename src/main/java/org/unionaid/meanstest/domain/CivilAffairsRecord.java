package org.unionaid.meanstest.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.unionaid.meanstest.CivilAffairsKind;

/** One row of an imported list: the keyed hash of the national ID (never the ID) and the worker it matched. */
@Entity
@Table(name = "civil_affairs_record")
public class CivilAffairsRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "import_id")
    private long importId;

    @Column(name = "row_number")
    private int rowNumber;

    @Column(name = "id_hash")
    private String idHash;

    @Column(name = "worker_id")
    private @Nullable Long workerId;

    @Enumerated(EnumType.STRING)
    private CivilAffairsKind kind;

    private @Nullable BigDecimal amount;

    private @Nullable String description;

    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    protected CivilAffairsRecord() {
        this.idHash = "";
        this.kind = CivilAffairsKind.PROPERTY;
        this.recordedOn = LocalDate.MIN;
    }

    public CivilAffairsRecord(long importId, int rowNumber, String idHash, @Nullable Long workerId,
                              CivilAffairsKind kind, @Nullable BigDecimal amount, @Nullable String description,
                              LocalDate recordedOn) {
        this.importId = importId;
        this.rowNumber = rowNumber;
        this.idHash = idHash;
        this.workerId = workerId;
        this.kind = kind;
        this.amount = amount;
        this.description = description;
        this.recordedOn = recordedOn;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long importId() { return importId; }
    public int rowNumber() { return rowNumber; }
    public @Nullable Long workerId() { return workerId; }
    public CivilAffairsKind kind() { return kind; }
    public @Nullable BigDecimal amount() { return amount; }
    public @Nullable String description() { return description; }
    public LocalDate recordedOn() { return recordedOn; }
}

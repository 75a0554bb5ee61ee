package org.unionaid.hardship.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A joint review meeting (联审) of several agencies about one or more files. */
@Entity
@Table(name = "joint_review")
public class JointReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "branch_id")
    private long branchId;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String agencies;

    private String participants;

    private String decisions;

    @Column(name = "recorded_by")
    private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "joint_review_file", joinColumns = @JoinColumn(name = "joint_review_id"))
    @Column(name = "file_id")
    private Set<Long> fileIds = new LinkedHashSet<>();

    protected JointReview() {
        this.heldOn = LocalDate.MIN;
        this.agencies = "";
        this.participants = "";
        this.decisions = "";
        this.recordedBy = "";
    }

    public JointReview(long branchId, LocalDate heldOn, String agencies, String participants, String decisions,
                       String recordedBy, Set<Long> fileIds) {
        this.branchId = branchId;
        this.heldOn = heldOn;
        this.agencies = agencies;
        this.participants = participants;
        this.decisions = decisions;
        this.recordedBy = recordedBy;
        this.fileIds.addAll(fileIds);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    public long branchId() { return branchId; }
    public LocalDate heldOn() { return heldOn; }
    public String agencies() { return agencies; }
    public String participants() { return participants; }
    public String decisions() { return decisions; }
    public String recordedBy() { return recordedBy; }
    public Set<Long> fileIds() { return Set.copyOf(fileIds); }
}

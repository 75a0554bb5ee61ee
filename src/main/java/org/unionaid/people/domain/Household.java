package org.unionaid.people.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.people.HouseholdDetails;
import org.unionaid.people.HouseholdIncome;

/** A worker's household (one per worker, created with the first figure or member recorded). */
@Entity
@Table(name = "household")
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "primary_worker_id")
    private long primaryWorkerId;

    private @Nullable String address;

    @Column(name = "annual_disposable_income")
    private @Nullable BigDecimal annualDisposableIncome;

    @Column(name = "rigid_expenditure")
    private BigDecimal rigidExpenditure = BigDecimal.ZERO;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<HouseholdMember> members = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    private @Nullable Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    protected Household() {
    }

    public Household(long primaryWorkerId) {
        this.primaryWorkerId = primaryWorkerId;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public void apply(HouseholdDetails details) {
        this.address = details.address();
        this.annualDisposableIncome = details.annualDisposableIncome();
        this.rigidExpenditure = details.rigidExpenditure() == null ? BigDecimal.ZERO : details.rigidExpenditure();
    }

    public HouseholdMember add(HouseholdMember member) {
        member.joinHousehold(this);
        members.add(member);
        return member;
    }

    public void remove(HouseholdMember member) {
        members.remove(member);
    }

    public Optional<HouseholdMember> member(long memberId) {
        return members.stream().filter(m -> m.id() == memberId).findFirst();
    }

    /** The worker and the members. */
    public int size() {
        return 1 + members.size();
    }

    public @Nullable BigDecimal perCapitaMonthlyIncome() {
        return HouseholdIncome.perCapitaMonthly(annualDisposableIncome, rigidExpenditure, size());
    }

    public @Nullable Long id() {
        return id;
    }

    public long primaryWorkerId() {
        return primaryWorkerId;
    }

    public @Nullable String address() {
        return address;
    }

    public @Nullable BigDecimal annualDisposableIncome() {
        return annualDisposableIncome;
    }

    public BigDecimal rigidExpenditure() {
        return rigidExpenditure;
    }

    public List<HouseholdMember> members() {
        return List.copyOf(members);
    }
}

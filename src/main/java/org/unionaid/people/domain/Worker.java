package org.unionaid.people.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.unionaid.people.PayoutAccountRules;
import org.unionaid.people.PayoutAccountStatus;
import org.unionaid.people.EmploymentType;
import org.unionaid.people.WorkerDetails;
import org.unionaid.people.WorkerType;
import org.unionaid.shared.NationalId;
import org.unionaid.shared.NationalId.Sex;
import org.unionaid.shared.crypto.EncryptedStringConverter;

/**
 * A worker. The national ID is held encrypted ({@code national_id_enc}), with its keyed hash for look-up
 * and uniqueness and a masked copy for display; sex and birth date follow from the ID.
 */
@Entity
@Table(name = "worker")
public class Worker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "national_id_enc")
    private String nationalId;

    @Column(name = "national_id_hash")
    private String nationalIdHash;

    @Column(name = "national_id_masked")
    private String nationalIdMasked;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private @Nullable String phone;
    private @Nullable String address;

    @Column(name = "employer_name")
    private @Nullable String employerName;

    @Column(name = "branch_id")
    private long branchId;

    @Column(name = "union_member_since")
    private @Nullable LocalDate unionMemberSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_form")
    private EmploymentType employmentForm;

    @Column(name = "social_insurance_months")
    private int socialInsuranceMonths;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "bank_account_enc")
    private @Nullable String bankAccount;

    @Column(name = "bank_account_masked")
    private @Nullable String bankAccountMasked;

    @Column(name = "bank_name")
    private @Nullable String bankName;

    @Column(name = "bank_account_holder")
    private @Nullable String bankAccountHolder;

    @Enumerated(EnumType.STRING)
    @Column(name = "payout_account_status")
    private PayoutAccountStatus payoutAccountStatus = PayoutAccountStatus.MISSING;

    @Enumerated(EnumType.STRING)
    @Column(name = "worker_type")
    private WorkerType workerType;

    @Version
    private long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    private @Nullable Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    protected Worker() {
        this.name = "";
        this.nationalId = "";
        this.nationalIdHash = "";
        this.nationalIdMasked = "";
        this.sex = Sex.FEMALE;
        this.birthDate = LocalDate.EPOCH;
        this.employmentForm = EmploymentType.CONTRACT;
        this.workerType = WorkerType.URBAN;
    }

    public Worker(NationalId id, String idHash, WorkerDetails details) {
        this();
        changeNationalId(id, idHash);
        apply(details);
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public void changeNationalId(NationalId id, String idHash) {
        this.nationalId = id.value();
        this.nationalIdHash = idHash;
        this.nationalIdMasked = id.masked();
        this.sex = id.sex();
        this.birthDate = id.birthDate();
    }

    /** Everything but the national ID, which changes only through {@link #changeNationalId}. */
    public void apply(WorkerDetails details) {
        this.name = details.name();
        this.phone = details.phone();
        this.address = details.address();
        this.employerName = details.employerName();
        this.branchId = details.branchId();
        this.unionMemberSince = details.unionMemberSince();
        this.employmentForm = details.employmentForm();
        this.socialInsuranceMonths = details.socialInsuranceMonths();
        this.workerType = details.workerType();
        // blank keeps the stored account: the edit form never shows it, so it cannot be sent back
        String account = details.bankAccount() == null ? null : details.bankAccount().replace(" ", "");
        if (account != null && !account.isEmpty()) {
            this.bankAccount = account;
            this.bankAccountMasked = maskAccount(account);
        }
        this.payoutAccountStatus = PayoutAccountRules.status(bankName, bankAccountHolder, bankAccount);
    }

    /** Replaces the payout account; the caller has checked it with {@link PayoutAccountRules#problems}. */
    public void changePayoutAccount(String bankName, String holder, String number) {
        String digits = java.util.Objects.requireNonNull(PayoutAccountRules.normalise(number));
        this.bankName = bankName.strip();
        this.bankAccountHolder = holder.strip();
        this.bankAccount = digits;
        this.bankAccountMasked = maskAccount(digits);
        this.payoutAccountStatus = PayoutAccountRules.status(this.bankName, this.bankAccountHolder, digits);
        this.updatedAt = Instant.now();
    }

    public @Nullable String bankName() {
        return bankName;
    }

    public @Nullable String bankAccountHolder() {
        return bankAccountHolder;
    }

    public PayoutAccountStatus payoutAccountStatus() {
        return payoutAccountStatus;
    }

    static String maskAccount(String account) {
        return "****" + account.substring(Math.max(0, account.length() - 4));
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("worker not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public String nationalId() {
        return nationalId;
    }

    public String nationalIdHash() {
        return nationalIdHash;
    }

    public String nationalIdMasked() {
        return nationalIdMasked;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String address() {
        return address;
    }

    public @Nullable String employerName() {
        return employerName;
    }

    public long branchId() {
        return branchId;
    }

    public @Nullable LocalDate unionMemberSince() {
        return unionMemberSince;
    }

    public EmploymentType employmentForm() {
        return employmentForm;
    }

    public int socialInsuranceMonths() {
        return socialInsuranceMonths;
    }

    public @Nullable String bankAccount() {
        return bankAccount;
    }

    public @Nullable String bankAccountMasked() {
        return bankAccountMasked;
    }

    public WorkerType workerType() {
        return workerType;
    }

    public long version() {
        return version;
    }
}

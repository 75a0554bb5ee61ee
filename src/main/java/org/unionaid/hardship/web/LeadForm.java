package org.unionaid.hardship.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import org.unionaid.hardship.ReportLead;
import org.unionaid.shared.ValidNationalId;

/** The phone-friendly lead report. The national ID is optional but must be valid when given. */
public class LeadForm {

    @NotNull(message = "{lead.form.branch.required}")
    private @Nullable Long branchId;

    @NotBlank(message = "{lead.form.personName.required}")
    @Size(max = 100, message = "{lead.form.tooLong}")
    private @Nullable String personName;

    @ValidNationalId
    private @Nullable String nationalId;

    @Pattern(regexp = "^$|^[0-9+\\- ]{7,20}$", message = "{lead.form.phone.format}")
    private @Nullable String phone;

    @Size(max = 300, message = "{lead.form.tooLong}")
    private @Nullable String address;

    @NotBlank(message = "{lead.form.situation.required}")
    @Size(max = 4000, message = "{lead.form.tooLong}")
    private @Nullable String situation;

    @Size(max = 100, message = "{lead.form.tooLong}")
    private @Nullable String reporterContact;

    private List<MultipartFile> photos = new ArrayList<>();

    ReportLead toCommand(@Nullable Long workerId) {
        return new ReportLead(branchId == null ? 0 : branchId, personName == null ? "" : personName, nationalId,
                phone, address, situation == null ? "" : situation, reporterContact, workerId);
    }

    public @Nullable Long getBranchId() {
        return branchId;
    }

    public void setBranchId(@Nullable Long branchId) {
        this.branchId = branchId;
    }

    public @Nullable String getPersonName() {
        return personName;
    }

    public void setPersonName(@Nullable String personName) {
        this.personName = personName;
    }

    public @Nullable String getNationalId() {
        return nationalId;
    }

    public void setNationalId(@Nullable String nationalId) {
        this.nationalId = nationalId;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public @Nullable String getSituation() {
        return situation;
    }

    public void setSituation(@Nullable String situation) {
        this.situation = situation;
    }

    public @Nullable String getReporterContact() {
        return reporterContact;
    }

    public void setReporterContact(@Nullable String reporterContact) {
        this.reporterContact = reporterContact;
    }

    public List<MultipartFile> getPhotos() {
        return photos;
    }

    public void setPhotos(List<MultipartFile> photos) {
        this.photos = photos;
    }
}

package org.unionaid.branches.domain;

import java.time.Instant;

import jakarta.persistence.Column;
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
import org.unionaid.branches.BranchLevel;
import org.unionaid.branches.BranchView;

@Entity
@Table(name = "branch")
public class Branch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    private String code;
    private String name;
    @Column(name = "name_en")
    private @Nullable String nameEn;

    @Enumerated(EnumType.STRING)
    private BranchLevel level;

    /** Ids from the root, '/1/4/9/'; set once the id is known. */
    private String path;

    @Column(name = "region_code")
    private @Nullable String regionCode;

    private boolean active = true;

    @Version
    private long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    private @Nullable Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.now();

    protected Branch() {
        this.code = "";
        this.name = "";
        this.level = BranchLevel.GRASSROOTS;
        this.path = "";
    }

    public Branch(@Nullable Long parentId, String code, String name, @Nullable String nameEn, BranchLevel level,
                  @Nullable String regionCode) {
        this.parentId = parentId;
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.level = level;
        this.regionCode = regionCode;
        // a temporary unique path until the id is assigned
        this.path = "/new-" + code + "/";
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public void placeUnder(@Nullable String parentPath) {
        this.path = (parentPath == null ? "/" : parentPath) + id + "/";
    }

    public void moveUnder(long newParentId, String newParentPath) {
        this.parentId = newParentId;
        placeUnder(newParentPath);
    }

    public void rename(String newName, @Nullable String newNameEn) {
        this.name = newName;
        this.nameEn = newNameEn;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public BranchView toView() {
        return new BranchView(id(), parentId, code, name, nameEn, level, path, active, regionCode);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("branch not saved yet");
        }
        return id;
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public @Nullable String nameEn() {
        return nameEn;
    }

    public BranchLevel level() {
        return level;
    }

    public String path() {
        return path;
    }

    public boolean isActive() {
        return active;
    }
}

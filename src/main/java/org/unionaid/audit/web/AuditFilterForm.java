package org.unionaid.audit.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.audit.AuditFilter;

/** The filter fields of the audit trail page, bound from the query string. */
public class AuditFilterForm {

    private @Nullable String actor;
    private @Nullable String entityType;
    private @Nullable String entityId;
    private @Nullable String action;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate to;

    AuditFilter toFilter() {
        return new AuditFilter(actor, entityType, entityId, action, from, to);
    }

    public @Nullable String getActor() {
        return actor;
    }

    public void setActor(@Nullable String actor) {
        this.actor = actor;
    }

    public @Nullable String getEntityType() {
        return entityType;
    }

    public void setEntityType(@Nullable String entityType) {
        this.entityType = entityType;
    }

    public @Nullable String getEntityId() {
        return entityId;
    }

    public void setEntityId(@Nullable String entityId) {
        this.entityId = entityId;
    }

    public @Nullable String getAction() {
        return action;
    }

    public void setAction(@Nullable String action) {
        this.action = action;
    }

    public @Nullable LocalDate getFrom() {
        return from;
    }

    public void setFrom(@Nullable LocalDate from) {
        this.from = from;
    }

    public @Nullable LocalDate getTo() {
        return to;
    }

    public void setTo(@Nullable LocalDate to) {
        this.to = to;
    }
}

package org.unionaid.hardship;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.unionaid.branches.Branches;
import org.unionaid.hardship.domain.Lead;
import org.unionaid.hardship.domain.LeadRepository;
import org.unionaid.notifications.Notice;
import org.unionaid.notifications.Notifications;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Resource;

/**
 * What {@link Leads} and {@link Visits} share, in the caller's transaction: loading a lead the caller may see (case
 * staff of its scope; the reporter and the worker concerned see its state; anyone else gets
 * {@link LeadNotFoundException}, as for a missing one), or may work on as staff, and the notice a self-applying
 * worker gets of every change of state.
 */
@Component
class LeadRecords {

    private final LeadRepository leads;
    private final Branches branches;
    private final Notifications notifications;

    LeadRecords(LeadRepository leads, Branches branches, Notifications notifications) {
        this.leads = leads;
        this.branches = branches;
        this.notifications = notifications;
    }

    Lead load(long id) {
        Lead lead = leads.findById(id).orElseThrow(() -> new LeadNotFoundException(id));
        Actor actor = Actors.required();
        // case staff of the lead's scope see it; the reporter and the worker concerned see its state
        boolean visible = Resource.LEAD.readsAsStaff(actor) && branches.covers(actor.branchId(), lead.branchId())
                || Objects.equals(lead.reporterUserId(), actor.id())
                || (actor.workerId() != null && actor.workerId().equals(lead.workerId()));
        if (!visible) {
            throw new LeadNotFoundException(id);
        }
        return lead;
    }

    Lead loadForStaff(long id) {
        Lead lead = load(id);
        Actor actor = Actors.required();
        if (!Resource.LEAD.readsAsStaff(actor) || !branches.covers(actor.branchId(), lead.branchId())) {
            throw new LeadNotFoundException(id);
        }
        return lead;
    }

    /** A worker who applied for themselves hears of every change of state (never the internal notes). */
    void notifyApplicant(Lead lead) {
        LeadView view = lead.toView();
        if (view.source() == LeadSource.SELF_APPLICATION && view.reporterUserId() != null) {
            notifications.notify(new Notice(view.reporterUserId(), "APPLICATION_STATE",
                    "lead.notification.state." + view.state().name(), List.of(), "/leads/" + view.id(), true));
        }
    }
}

package org.unionaid.programmes;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unionaid.branches.Branches;
import org.unionaid.documents.Documents;
import org.unionaid.documents.DocumentView;
import org.unionaid.programmes.domain.ApplicationTransition;
import org.unionaid.programmes.domain.ApplicationTransitionRepository;
import org.unionaid.programmes.domain.ProgrammeApplication;
import org.unionaid.programmes.domain.ProgrammeApplicationRepository;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.security.Role;

/**
 * Who sees an application and what they see, for {@link Applications}: CASEWORKER, ADMIN and AUDITOR of a branch
 * covering the application's branch; the worker it belongs to; a PARTNER funding its programme, with names,
 * statement, notes and documents masked. Anyone else gets {@link ApplicationNotFoundException}, as for a missing
 * one. Runs in the caller's transaction.
 */
@Component
class ApplicationAccess {

    static final Set<Role> STAFF = org.unionaid.shared.security.Resource.APPLICATION.staffReaders();

    private final ProgrammeApplicationRepository applications;
    private final ApplicationTransitionRepository transitions;
    private final ApplicationSearch search;
    private final Branches branches;
    private final Documents documents;

    ApplicationAccess(ProgrammeApplicationRepository applications, ApplicationTransitionRepository transitions,
                      ApplicationSearch search, Branches branches, Documents documents) {
        this.applications = applications;
        this.transitions = transitions;
        this.search = search;
        this.branches = branches;
        this.documents = documents;
    }

    ProgrammeApplication loadVisible(long id) {
        Actor actor = Actors.required();
        ProgrammeApplication application = applications.findById(id)
                .orElseThrow(() -> new ApplicationNotFoundException(id));
        if (!maySee(actor, application)) {
            throw new ApplicationNotFoundException(id);
        }
        return application;
    }

    ProgrammeApplication loadForStaff(long id) {
        Actor actor = Actors.required();
        ProgrammeApplication application = loadVisible(id);
        if (STAFF.stream().noneMatch(actor::has) || !branches.covers(actor.branchId(), application.branchId())) {
            throw new ApplicationNotFoundException(id);
        }
        return application;
    }

    ProgrammeApplication loadOwn(long id) {
        ProgrammeApplication application = loadVisible(id);
        if (!Objects.equals(Actors.required().workerId(), application.workerId())) {
            throw new ApplicationNotFoundException(id);
        }
        return application;
    }

    boolean maySee(Actor actor, ProgrammeApplication application) {
        if (Objects.equals(actor.workerId(), application.workerId())) {
            return true;
        }
        if (STAFF.stream().anyMatch(actor::has) && branches.covers(actor.branchId(), application.branchId())) {
            return true;
        }
        return actor.has(Role.PARTNER) && search.fundedBy(actor.id()).contains(application.programmeId());
    }

    ApplicationSearch.Scope scope(Actor actor) {
        if (STAFF.stream().anyMatch(actor::has)) {
            return new ApplicationSearch.Scope(branches.scopeOf(actor.branchId()).likePattern(), null, false);
        }
        return new ApplicationSearch.Scope(null, search.fundedBy(actor.id()), true);
    }

    ApplicationView view(ProgrammeApplication a) {
        Actor actor = Actors.required();
        boolean masked = !Objects.equals(actor.workerId(), a.workerId())
                && !(STAFF.stream().anyMatch(actor::has) && branches.covers(actor.branchId(), a.branchId()));
        ApplicationSearch.Names names = search.names(a.programmeId(), a.workerId(), a.branchId());
        List<DocumentView> docs = masked ? List.of() : documents.listFor(Applications.OWNER_TYPE, a.id());
        return new ApplicationView(a.id(), a.reference(), a.programmeId(), names.programmeName(), names.programmeKind(),
                a.workerId(), masked ? ApplicationSearch.mask(names.workerName()) : names.workerName(), a.memberId(),
                masked && a.memberName() != null ? ApplicationSearch.mask(a.memberName()) : a.memberName(),
                a.branchId(), names.branchName(), a.origin(), a.submittedBy(), a.state(), a.eligible(),
                a.ruleVersion(), masked ? masked(a.results(), a.memberName()) : a.results(), a.answers(),
                a.tierLabel(), a.amount(), a.checkedAt(), masked ? "" : a.statement(),
                masked ? null : a.infoRequest(), masked ? null : a.infoAnswer(), masked ? null : a.recommendation(),
                a.recommendedBy(), a.decisionReason(), a.decidedBy(), a.payoutId(), a.payoutState(),
                transitions.findByApplicationIdOrderByIdAsc(a.id()).stream().map(ApplicationTransition::toView)
                        .toList(), docs, a.createdAt(), a.version(), a.noticeStartedOn(), a.noticeEndsOn());
    }

    /** The stored reasons with the household member's name masked, for readers who see names masked. */
    private static List<RuleResult> masked(List<RuleResult> results, @Nullable String memberName) {
        if (memberName == null) {
            return results;
        }
        return results.stream().map(r -> new RuleResult(r.rule(), r.passed(), r.reasonKey(), r.reasonArgs().stream()
                .map(arg -> arg.equals(memberName) ? ApplicationSearch.mask(arg) : arg).toList())).toList();
    }
}

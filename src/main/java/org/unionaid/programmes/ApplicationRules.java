package org.unionaid.programmes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unionaid.branches.Branches;
import org.unionaid.documents.Documents;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.people.HouseholdMemberView;
import org.unionaid.people.WorkerView;
import org.unionaid.programmes.domain.Programme;
import org.unionaid.programmes.domain.ProgrammeApplicationRepository;
import org.unionaid.shared.BusinessRuleException;

/**
 * The checks of an application before anything is stored, for {@link Applications}: who may apply, the window,
 * the programme's branches, the household member, the answers, the per-person limit (under the programme's row
 * lock, which the caller holds) and the files; and the eligibility check itself, with the worker's filed hardship
 * category. Each refusal is a {@link BusinessRuleException} with the message key the form shows.
 */
@Component
class ApplicationRules {

    private final ProgrammeApplicationRepository applications;
    private final Branches branches;
    private final Documents documents;
    private final HardshipFiles hardship;
    private final Clock clock;
    private final LedgerFactsSource ledgerFacts;

    ApplicationRules(ProgrammeApplicationRepository applications, Branches branches, Documents documents,
                     HardshipFiles hardship, Clock clock, LedgerFactsSource ledgerFacts) {
        this.ledgerFacts = ledgerFacts;
        this.applications = applications;
        this.branches = branches;
        this.documents = documents;
        this.hardship = hardship;
        this.clock = clock;
    }

    /** Refuses a submission the programme does not take (in this order); returns the member applied for, if any. */
    @Nullable HouseholdMemberView checkSubmission(Apply command, Programme programme, ProgrammeView view,
                                                  WorkerView worker, ApplicationOrigin origin, LocalDate today) {
        if (origin == ApplicationOrigin.SELF && !view.whoMayApply().allowsSelf()) {
            throw new BusinessRuleException("application.self.notAllowed");
        }
        if (origin == ApplicationOrigin.NOMINATION && !view.whoMayApply().allowsNomination()) {
            throw new BusinessRuleException("application.nomination.notAllowed");
        }
        if (!view.openOn(today)) {
            throw new BusinessRuleException("application.window.closed", view.applyFrom().toString(),
                    view.applyTo().toString());
        }
        if (!branches.covers(view.branchId(), worker.branch().id())) {
            throw new BusinessRuleException("application.worker.outsideProgramme");
        }
        HouseholdMemberView member = member(worker, command.memberId());
        if (view.asksForMember() && member == null) {
            throw new BusinessRuleException("application.member.required");
        }
        if (command.answers().size() < view.questions().size()
                || command.answers().subList(0, view.questions().size()).stream().anyMatch(Objects::isNull)) {
            throw new BusinessRuleException("application.answers.required");
        }
        long live = applications.countLive(programme.id(), worker.id(), member == null ? 0 : member.id());
        if (live >= programme.perPersonLimit()) {
            throw new BusinessRuleException("application.limit.reached", String.valueOf(programme.perPersonLimit()),
                    view.periodStart().toString(), view.periodEnd().toString());
        }
        checkDocuments(command.documents());
        return member;
    }

    /** Refuses a file that {@link Documents#store} would refuse, before anything is saved. */
    void checkDocuments(List<ApplicationDocument> uploads) {
        for (ApplicationDocument document : uploads) {
            documents.check(document.bytes(), document.originalName());
        }
    }

    EligibilityOutcome check(ProgrammeView programme, WorkerView worker, @Nullable HouseholdMemberView member,
                                     List<@Nullable Boolean> answers) {
        LocalDate today = LocalDate.now(clock);
        return EligibilityEvaluator.evaluate(programme, new EligibilityEvaluator.Facts(worker, member,
                hardship.categoryOf(worker.id()).orElse(null), branches.covers(programme.branchId(),
                worker.branch().id()), answers, today, ledgerFacts.of(programme, worker.id(), today)));
    }

    static @Nullable HouseholdMemberView member(WorkerView worker, @Nullable Long memberId) {
        if (memberId == null) {
            return null;
        }
        return worker.household().members().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("application.member.notInHousehold"));
    }
}

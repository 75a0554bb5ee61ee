package org.unionaid.programmes;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.programmes.domain.ApplicationTransition;
import org.unionaid.programmes.domain.ApplicationTransitionRepository;
import org.unionaid.programmes.domain.Programme;
import org.unionaid.programmes.domain.ProgrammeApplication;
import org.unionaid.programmes.domain.ProgrammeApplicationRepository;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.security.Actors;

/**
 * The programmes side of an appeal against a rejected application (the appeals module asks; programmes does not
 * know it): the rejection as the appeal needs it, and the reopening when the appeal is upheld.
 */
@Service
@Transactional
public class ApplicationAppeals {

    private final Applications applications;
    private final ApplicationAccess access;
    private final ApplicationTransitionRepository transitions;
    private final ProgrammeApplicationRepository repository;
    private final Programmes programmes;
    private final Clock clock;

    ApplicationAppeals(Applications applications, ApplicationAccess access, ApplicationTransitionRepository transitions,
                       ProgrammeApplicationRepository repository, Programmes programmes, Clock clock) {
        this.applications = applications;
        this.access = access;
        this.transitions = transitions;
        this.repository = repository;
        this.programmes = programmes;
        this.clock = clock;
    }

    /**
     * The rejection of an application the caller may see (its worker, staff of its scope), or empty when it is
     * not REJECTED; who refused it and when come from its REJECTED history row.
     */
    @Transactional(readOnly = true)
    public Optional<ApplicationRefusal> refusal(long id) {
        ProgrammeApplication application = access.loadVisible(id);
        if (application.state() != ApplicationState.REJECTED) {
            return Optional.empty();
        }
        ApplicationTransition rejected = lastRejection(application);
        if (rejected == null) {
            return Optional.empty(); // a row written without its history (bulk data): not appealable
        }
        return Optional.of(new ApplicationRefusal(application.id(), application.reference(), application.branchId(),
                application.workerId(), rejected.actor(), rejected.at(),
                java.util.Objects.requireNonNullElse(application.decisionReason(), "")));
    }

    /**
     * An appeal against the rejection was upheld (by a CASEWORKER or ADMIN of scope): the application goes back to
     * RECOMMENDED if it was rejected from there and is eligible, else to SUBMITTED, for a new decision; refused when
     * the worker has since reached the programme's per-person limit. History and audit row; the appeals module
     * notifies the worker of the outcome.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN')")
    public ApplicationView reopenOnAppeal(long id, String appealReference) {
        ProgrammeApplication application = access.loadForStaff(id);
        if (application.state() != ApplicationState.REJECTED) {
            throw new BusinessRuleException(ProgrammeApplication.ILLEGAL, application.state().name());
        }
        Programme programme = programmes.lock(application.programmeId());
        long live = repository.countLive(programme.id(), application.workerId(),
                application.memberId() == null ? 0 : application.memberId());
        if (live >= programme.perPersonLimit()) {
            throw new BusinessRuleException("application.reopen.limitReached",
                    String.valueOf(programme.perPersonLimit()));
        }
        ApplicationTransition rejected = lastRejection(application);
        boolean fromRecommended = rejected != null && rejected.fromState() == ApplicationState.RECOMMENDED;
        return applications.moved(application, application.reopenOnAppeal(fromRecommended, "appeal " + appealReference,
                Actors.currentName(), clock.instant()), null);
    }

    private @Nullable ApplicationTransition lastRejection(ProgrammeApplication application) {
        List<ApplicationTransition> history = transitions.findByApplicationIdOrderByIdAsc(application.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).toState() == ApplicationState.REJECTED) {
                return history.get(i);
            }
        }
        return null;
    }
}

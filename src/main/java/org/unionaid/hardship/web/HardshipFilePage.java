package org.unionaid.hardship.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.unionaid.hardship.AssistanceMeasureKind;
import org.unionaid.hardship.AssistanceMeasureStatus;
import org.unionaid.hardship.AssistancePlans;
import org.unionaid.hardship.HardshipCategory;
import org.unionaid.hardship.HardshipFileCancelReason;
import org.unionaid.hardship.HardshipFiles;
import org.unionaid.hardship.JointReviews;
import org.unionaid.hardship.ReviewOutcome;
import org.unionaid.hardship.Reviews;
import org.unionaid.shared.time.Times;

/** Fills the model of a file's page (also when a form on it is shown again with its errors). */
@Component
class HardshipFilePage {

    private final HardshipFiles files;
    private final AssistancePlans plans;
    private final Reviews reviews;
    private final JointReviews jointReviews;
    private final Times times;
    private final org.unionaid.hardship.ReviewChecks reviewChecks;
    private final org.unionaid.hardship.FileConsents consents;
    private final org.unionaid.hardship.FileReviewTasks tasks;
    private final org.springframework.beans.factory.ObjectProvider<org.unionaid.hardship.CivilAffairsCrossCheck> crossCheck;

    HardshipFilePage(HardshipFiles files, AssistancePlans plans, Reviews reviews, JointReviews jointReviews, Times times,
                     org.unionaid.hardship.ReviewChecks reviewChecks, org.unionaid.hardship.FileConsents consents,
                     org.unionaid.hardship.FileReviewTasks tasks,
                     org.springframework.beans.factory.ObjectProvider<org.unionaid.hardship.CivilAffairsCrossCheck> crossCheck) {
        this.reviewChecks = reviewChecks;
        this.times = times;
        this.consents = consents;
        this.tasks = tasks;
        this.crossCheck = crossCheck;
        this.files = files;
        this.plans = plans;
        this.reviews = reviews;
        this.jointReviews = jointReviews;
    }

    String show(long id, Model model) {
        var file = files.get(id);
        model.addAttribute("file", file);
        if (file.state() == org.unionaid.hardship.HardshipFileState.ACTIVE) {
            model.addAttribute("reviewCheck", reviewChecks.check(id));
        }
        model.addAttribute("measures", plans.ofFile(id));
        model.addAttribute("measurePayouts", plans.payoutsOf(id));
        model.addAttribute("undecidedPayouts", files.undecidedPayouts(id));
        model.addAttribute("demoEndNotice", files.demoEndNoticeEnabled());
        model.addAttribute("consent", consents.of(id));
        model.addAttribute("reviewTasks", tasks.ofFile(id));
        org.unionaid.hardship.CivilAffairsCrossCheck check = crossCheck.getIfAvailable();
        model.addAttribute("crossCheck", check == null ? null : check.of(id));
        if (!model.containsAttribute("payoutForm")) {
            model.addAttribute("payoutForm", new MeasurePayoutForm());
        }
        model.addAttribute("payoutForms", org.unionaid.payouts.PayoutKind.values());
        model.addAttribute("reviews", reviews.ofFile(id));
        model.addAttribute("jointReviews", jointReviews.ofFile(id));
        if (!model.containsAttribute("transitionForm")) {
            model.addAttribute("transitionForm", new FileTransitionForm());
        }
        if (!model.containsAttribute("measureForm")) {
            model.addAttribute("measureForm", new AssistanceMeasureForm());
        }
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", ReviewForm.on(times.today()));
        }
        model.addAttribute("cancelReasons", HardshipFileCancelReason.values());
        model.addAttribute("measureKinds", AssistanceMeasureKind.values());
        model.addAttribute("measureStatuses", AssistanceMeasureStatus.values());
        model.addAttribute("reviewOutcomes", ReviewOutcome.values());
        model.addAttribute("categories", HardshipCategory.values());
        return "hardship/files/detail";
    }
}

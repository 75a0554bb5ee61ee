package org.unionaid.programmes.web;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.unionaid.programmes.ApplicationNotFoundException;
import org.unionaid.programmes.ApplicationState;
import org.unionaid.programmes.ApplicationView;
import org.unionaid.programmes.Applications;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.pdf.PdfDocuments;
import org.unionaid.shared.security.Actors;
import org.unionaid.shared.time.Times;

/**
 * The decision letter of a decided application as a PDF: for the staff who read the application
 * ({@code /applications/{id}/decision.pdf}) and for its worker ({@code /me/applications/{id}/decision.pdf}).
 */
@Controller
class ApplicationPdfController {

    private final Applications applications;
    private final PdfDocuments pdf;
    private final Times times;
    private final int appealDays;

    ApplicationPdfController(Applications applications, PdfDocuments pdf, Times times,
                             @Value("${unionaid.appeals.window-days:30}") int appealDays) {
        this.applications = applications;
        this.pdf = pdf;
        this.times = times;
        this.appealDays = appealDays;
    }

    @GetMapping("/applications/{id}/decision.pdf")
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('CASEWORKER', 'ADMIN', 'AUDITOR')")
    ResponseEntity<byte[]> forStaff(@PathVariable long id, Locale locale) {
        ApplicationView app = applications.get(id);
        if (!applications.staffView(app)) {
            throw new ApplicationNotFoundException(id);
        }
        return letter(app, locale);
    }

    @GetMapping("/me/applications/{id}/decision.pdf")
    ResponseEntity<byte[]> forWorker(@PathVariable long id, Locale locale) {
        ApplicationView app = applications.get(id);
        if (applications.staffView(app) || !Objects.equals(app.workerId(), Actors.required().workerId())) {
            throw new ApplicationNotFoundException(id);
        }
        return letter(app, locale);
    }

    private ResponseEntity<byte[]> letter(ApplicationView app, Locale locale) {
        boolean approved = app.state() == ApplicationState.APPROVED || app.state() == ApplicationState.PAID;
        if (!approved && app.state() != ApplicationState.REJECTED) {
            throw new BusinessRuleException("application.letter.undecided");
        }
        ApplicationState decision = approved ? ApplicationState.APPROVED : ApplicationState.REJECTED;
        String decidedAt = app.history().stream().filter(t -> t.to() == decision)
                .reduce((first, second) -> second).map(t -> times.format(t.at())).orElse("");
        return pdf.download("application-decision", Map.of("app", app, "approved", approved,
                "decidedAt", decidedAt, "appealDays", appealDays, "printedAt", times.format(times.now())),
                locale, app.reference() + ".pdf");
    }
}

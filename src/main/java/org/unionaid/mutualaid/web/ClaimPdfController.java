package org.unionaid.mutualaid.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.unionaid.mutualaid.ClaimQueries;
import org.unionaid.mutualaid.ClaimState;
import org.unionaid.mutualaid.ClaimView;
import org.unionaid.shared.BusinessRuleException;
import org.unionaid.shared.pdf.PdfDocuments;
import org.unionaid.shared.time.Times;

/** The benefit statement of an approved or paid claim, with its explanation lines, for those who read the claim. */
@Controller
class ClaimPdfController {

    private final ClaimQueries claims;
    private final PdfDocuments pdf;
    private final Times times;

    ClaimPdfController(ClaimQueries claims, PdfDocuments pdf, Times times) {
        this.claims = claims;
        this.pdf = pdf;
        this.times = times;
    }

    @GetMapping("/mutualaid/claims/{id}/statement.pdf")
    ResponseEntity<byte[]> statement(@PathVariable long id, Locale locale) {
        ClaimView claim = claims.get(id);
        if ((claim.state() != ClaimState.APPROVED && claim.state() != ClaimState.PAID)
                || claim.approvedAmount() == null) {
            throw new BusinessRuleException("claim.statement.undecided");
        }
        return pdf.download("claim-statement", Map.of("claim", claim, "printedAt", times.format(times.now())),
                locale, claim.reference() + ".pdf");
    }
}

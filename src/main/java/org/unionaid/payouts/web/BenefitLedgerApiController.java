package org.unionaid.payouts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionaid.payouts.BenefitLedger;
import org.unionaid.payouts.BenefitLedgerView;
import org.unionaid.shared.RecordNotFoundException;

/** A household's benefit ledger over JSON, scoped like the worker. */
@RestController
@RequestMapping(path = "/api/v1/benefit-ledger", produces = "application/json")
@Tag(name = "Benefit ledger", description = "All aid a household received: union payouts and recorded outside aid")
class BenefitLedgerApiController {

    private final BenefitLedger ledger;

    BenefitLedgerApiController(BenefitLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    @Operation(summary = "The ledger of a worker's household (staff of the worker's subtree); without workerId your own")
    @ApiResponse(responseCode = "404", description = "No such worker, or not of your subtree")
    BenefitLedgerView get(@RequestParam(required = false) @Nullable Long workerId) {
        if (workerId != null) {
            return ledger.ledger(workerId);
        }
        BenefitLedgerView mine = ledger.mine();
        if (mine == null) {
            throw new RecordNotFoundException("Worker", "own");
        }
        return mine;
    }
}

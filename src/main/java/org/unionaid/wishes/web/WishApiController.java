package org.unionaid.wishes.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionaid.documents.FormFiles;
import org.unionaid.shared.web.ApiPage;
import org.unionaid.shared.web.Paging;
import org.unionaid.wishes.PostWish;
import org.unionaid.wishes.WishBoard;
import org.unionaid.wishes.WishState;
import org.unionaid.wishes.WishView;
import org.unionaid.wishes.Wishes;

/** Micro-wishes over JSON, with the same rules and scoping as the pages. */
@RestController
@RequestMapping(path = "/api/v1/wishes", produces = "application/json")
@Tag(name = "Micro-wishes", description = "Micro-wishes (微心愿): posting, approval, claiming and delivery")
class WishApiController {

    private final Wishes wishes;
    private final WishBoard board;

    WishApiController(Wishes wishes, WishBoard board) {
        this.wishes = wishes;
        this.board = board;
    }

    @GetMapping
    @Operation(summary = "The board of your subtree (PARTNER and staff): PUBLISHED and CLAIMED wishes by default, "
            + "names masked for donors; mine=true: a worker's own wishes")
    ApiPage<WishView> list(@RequestParam(required = false) @Nullable WishState state,
                           @RequestParam(defaultValue = "false") boolean mine,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        if (mine) {
            List<WishView> own = board.mine();
            return new ApiPage<>(own, 0, own.size(), own.size(), 1);
        }
        Set<WishState> states = state == null ? Set.of() : EnumSet.of(state);
        return ApiPage.of(board.board(states, Paging.page(page, size)));
    }

    @GetMapping("/{id}")
    @ApiResponse(responseCode = "404", description = "No such wish, or not visible to you")
    WishView get(@PathVariable long id) {
        return board.get(id);
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Post a wish (a WORKER for themselves, a CASEWORKER with workerId); photo on the page")
    @ApiResponse(responseCode = "422", description = "Refused by a rule (no open programme, value over its cap)")
    WishView post(@Valid @RequestBody NewWish body) {
        return wishes.post(new PostWish(body.workerId(), body.programmeId(), body.title(), body.reason(),
                body.value(), null));
    }

    @PostMapping("/{id}/approve")
    WishView approve(@PathVariable long id, @Valid @RequestBody Version body) {
        return wishes.approve(id, body.version());
    }

    @PostMapping("/{id}/reject")
    WishView reject(@PathVariable long id, @Valid @RequestBody Reason body) {
        return wishes.reject(id, body.reason(), body.version());
    }

    @PostMapping("/{id}/withdraw")
    WishView withdraw(@PathVariable long id, @Valid @RequestBody Version body) {
        return wishes.withdraw(id, body.version());
    }

    @PostMapping("/{id}/claim")
    WishView claim(@PathVariable long id, @Valid @RequestBody Version body) {
        return wishes.claim(id, body.version());
    }

    @PostMapping("/{id}/release")
    WishView release(@PathVariable long id, @Valid @RequestBody Version body) {
        return wishes.release(id, body.version());
    }

    @PostMapping(path = "/{id}/delivery", consumes = "multipart/form-data")
    @Operation(summary = "The donor who claimed records the delivery: a photo (required) and an optional note")
    WishView deliver(@PathVariable long id, @RequestParam long version, @RequestParam("photo") MultipartFile photo,
                     @RequestParam(required = false) @Nullable String note) throws IOException {
        return wishes.deliver(id, FormFiles.chosen(photo)
                ? new PostWish.Photo(FormFiles.fileName(photo, "photo"), photo.getBytes()) : null, note, version);
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "The worker confirms receipt")
    WishView confirm(@PathVariable long id, @Valid @RequestBody Version body) {
        return wishes.confirm(id, body.version());
    }

    record NewWish(@Nullable Long workerId, @NotNull Long programmeId, @NotBlank @Size(max = 100) String title,
                   @NotBlank @Size(max = 1000) String reason,
                   @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal value) {
    }

    record Version(long version) {
    }

    record Reason(@NotBlank @Size(max = 1000) String reason, long version) {
    }
}

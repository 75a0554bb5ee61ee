package org.unionaid.notices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.branches.BranchView;
import org.unionaid.branches.Branches;
import org.unionaid.hardship.FileNotices;
import org.unionaid.hardship.FileOnNotice;
import org.unionaid.programmes.AwardNotices;
import org.unionaid.programmes.AwardOnNotice;

/**
 * The public notice board (公示栏): what is on notice now in a branch's subtree (the whole province without one),
 * soonest ending first. Needs no sign-in and publishes only masked names, branches, categories or programmes,
 * amounts and windows (the owning modules hand out nothing else).
 */
@Service
@Transactional(readOnly = true)
public class NoticeBoard {

    /** At most this many entries of each kind per page view; a subtree's notices run for days, not years. */
    static final int LIMIT = 200;

    private final FileNotices files;
    private final AwardNotices awards;
    private final Branches branches;

    NoticeBoard(FileNotices files, AwardNotices awards, Branches branches) {
        this.files = files;
        this.awards = awards;
        this.branches = branches;
    }

    /** The board of the branch with this code (and its sub-branches); empty for an unknown or inactive code. */
    public List<NoticeEntry> entries(@Nullable String branchCode) {
        String scope;
        if (branchCode == null || branchCode.isBlank()) {
            scope = "%";
        } else {
            BranchView branch = branches.findByCode(branchCode.strip());
            if (branch == null || !branch.active()) {
                return List.of();
            }
            scope = branch.path() + "%";
        }
        Map<Long, String> names = new HashMap<>();
        List<NoticeEntry> result = new ArrayList<>();
        files.onNotice(scope, LIMIT).forEach(f -> result.add(entry(f, names)));
        awards.onNotice(scope, LIMIT).forEach(a -> result.add(entry(a, names)));
        result.sort(Comparator.comparing(NoticeEntry::noticeEndsOn).thenComparing(NoticeEntry::subjectType)
                .thenComparingLong(NoticeEntry::subjectId));
        return result;
    }

    /** The entry, while it is on the board. */
    public Optional<NoticeEntry> entry(ObjectionSubject type, long id) {
        Map<Long, String> names = new HashMap<>();
        return switch (type) {
            case HARDSHIP_FILE -> files.onNotice(id).map(f -> entry(f, names));
            case APPLICATION -> awards.onNotice(id).map(a -> entry(a, names));
        };
    }

    /** How staff lists name an entry later (it may have left the board): masked name, programme, branch. */
    static String label(NoticeEntry e) {
        String label = e.maskedName() + (e.programmeName() != null ? " · " + e.programmeName() : "")
                + " · " + e.branchName();
        return label.length() > 300 ? label.substring(0, 300) : label;
    }

    private NoticeEntry entry(FileOnNotice f, Map<Long, String> names) {
        return new NoticeEntry(ObjectionSubject.HARDSHIP_FILE, f.fileId(), f.maskedName(), f.branchId(),
                branchName(f.branchId(), names), f.category().name(), null, null, null, null, f.noticeStartedOn(),
                f.noticeEndsOn());
    }

    private NoticeEntry entry(AwardOnNotice a, Map<Long, String> names) {
        return new NoticeEntry(ObjectionSubject.APPLICATION, a.applicationId(), a.maskedName(), a.branchId(),
                branchName(a.branchId(), names), null, a.programmeName(), a.tierLabel(), a.item(), a.amount(),
                a.noticeStartedOn(), a.noticeEndsOn());
    }

    private String branchName(long branchId, Map<Long, String> names) {
        return names.computeIfAbsent(branchId, id -> branches.get(id).name());
    }
}

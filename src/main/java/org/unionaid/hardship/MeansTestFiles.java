package org.unionaid.hardship;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.branches.Branches;
import org.unionaid.hardship.domain.HardshipFile;
import org.unionaid.hardship.domain.HardshipFileRepository;
import org.unionaid.hardship.domain.VerificationVisitRepository;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/** What the civil-affairs cross-check (the meanstest module) reads of files, within the caller's subtree. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(HardshipFiles.READERS)
public class MeansTestFiles {

    private final HardshipFileRepository files;
    private final HardshipFileRecords records;
    private final VerificationVisitRepository visits;
    private final Branches branches;

    MeansTestFiles(HardshipFileRepository files, HardshipFileRecords records, VerificationVisitRepository visits,
                   Branches branches) {
        this.files = files;
        this.records = records;
        this.visits = visits;
        this.branches = branches;
    }

    /** A file the caller may see, else 404. */
    public MeansTestFile get(long fileId) {
        return view(records.loadVisible(fileId));
    }

    /** The open files of these workers that lie in the caller's subtree, by primary worker id. */
    public Map<Long, MeansTestFile> openFilesOf(Collection<Long> workerIds) {
        Map<Long, MeansTestFile> result = new HashMap<>();
        if (workerIds.isEmpty()) {
            return result;
        }
        Actor actor = Actors.required();
        for (HardshipFile file : files.findOpenOfWorkers(workerIds)) {
            if (branches.covers(actor.branchId(), file.branchId())) {
                result.put(file.primaryWorkerId(), view(file));
            }
        }
        return result;
    }

    private MeansTestFile view(HardshipFile file) {
        return new MeansTestFile(file.id(), file.fileNumber(), file.state(), file.branchId(), file.primaryWorkerId(),
                declaredAssets(file.leadId()));
    }

    private @Nullable String declaredAssets(@Nullable Long leadId) {
        if (leadId == null) {
            return null;
        }
        List<org.unionaid.hardship.domain.VerificationVisit> found = visits.findByLead(leadId);
        return found.isEmpty() ? null : found.get(0).toView(List.of()).assets();
    }
}

package org.unionaid.hardship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.unionaid.hardship.domain.Lead;
import org.unionaid.hardship.domain.LeadRepository;
import org.unionaid.people.WorkerDirectory;

/**
 * Whether a new lead concerns someone who already has an open lead or an open hardship file (any state but CLOSED
 * or CANCELLED, so a household in its monitoring year counts too): such a lead is stored but flagged for the staff.
 * A lead may name its person by national ID (a volunteer's report: its lookup hash), by registry record (a worker's
 * own application) or both; the registry resolves one to the other (one index probe each), so a worker's own
 * application meets a volunteer's report of the same ID, and the other way round.
 */
@Component
class LeadDuplicates {

    /** What an earlier record the new lead duplicates: the reason and, for an open lead, that lead. */
    record Found(DuplicateReason reason, @Nullable Long leadId) {
    }

    private final JdbcTemplate jdbc;
    private final WorkerDirectory workers;
    private final LeadRepository leads;

    LeadDuplicates(JdbcTemplate jdbc, WorkerDirectory workers, LeadRepository leads) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.leads = leads;
    }

    /** The open lead (the oldest) or open file the person already has; empty when none or nothing names them. */
    Optional<Found> find(@Nullable String nationalIdHash, @Nullable Long workerId) {
        Long worker = workerId != null ? workerId
                : nationalIdHash == null ? null : workers.idByNationalIdHash(nationalIdHash).orElse(null);
        String hash = nationalIdHash != null ? nationalIdHash
                : workerId == null ? null : workers.nationalIdHashOf(workerId).orElse(null);
        List<Lead> open = new ArrayList<>();
        if (worker != null) {
            open.addAll(leads.findOpenByWorker(worker));
        }
        if (hash != null) {
            open.addAll(leads.findOpenByNationalIdHash(hash));
        }
        Optional<Lead> first = open.stream().min(Comparator.comparing(Lead::id));
        if (first.isPresent()) {
            return Optional.of(new Found(DuplicateReason.OPEN_LEAD, first.get().id()));
        }
        if (worker != null && hasOpenFile(worker)) {
            return Optional.of(new Found(DuplicateReason.ACTIVE_FILE, null));
        }
        return Optional.empty();
    }

    private boolean hasOpenFile(long workerId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from hardship_file f
                                where f.primary_worker_id = ? and f.state not in ('CLOSED', 'CANCELLED'))""",
                Boolean.class, workerId));
    }
}

package org.unionaid.mutualaid;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.audit.AuditEntry;
import org.unionaid.audit.AuditTrail;
import org.unionaid.branches.Branches;
import org.unionaid.people.People;
import org.unionaid.people.WorkerCard;
import org.unionaid.people.WorkerDirectory;
import org.unionaid.shared.crypto.LookupHash;
import org.unionaid.shared.excel.CsvFiles;
import org.unionaid.shared.excel.ImportProperties;
import org.unionaid.shared.excel.Spreadsheets;
import org.unionaid.shared.excel.TableReadException;
import org.unionaid.shared.security.Actor;
import org.unionaid.shared.security.Actors;

/**
 * Zero-touch hospital-stay benefits (免申即享, docs/mutualaid.md): a CLAIMS_REVIEWER imports the medical insurance's
 * settlement data (.xlsx or CSV: national ID, hospital, admission and discharge dates, invoice total, paid by basic
 * insurance, self-paid). The file is checked whole first ({@link StayRows}) and nothing is imported unless every row
 * is valid. A stay is identified by (national-ID lookup hash, hospital, admission date) and kept once: a stay
 * imported before is only counted ({@code mutualaid_hospital_stay_uq}). A stay of a worker of the importer's branch
 * subtree who is enrolled in a hospital plan becomes a SUBMITTED claim of origin IMPORTED per plan that covers it
 * ({@link ImportedClaims}); other rows are reported (not a member, or not covered and why), never errors. The
 * reviewers' confirmation is {@link StayConfirmations}, the reading {@link StayQueries}.
 */
@Service
@Transactional
public class HospitalStays {

    static final String ENTITY = "MutualAidStayImport";

    /** The file's columns, in order (message keys of their headers). */
    public static final List<String> COLUMNS = List.of("stay.column.nationalId", "stay.column.hospital",
            "stay.column.admission", "stay.column.discharge", "stay.column.invoiceTotal",
            "stay.column.basicInsurancePaid", "stay.column.selfPaid");

    private final ImportedClaims importedClaims;
    private final StayQueries queries;
    private final People people;
    private final WorkerDirectory workers;
    private final Branches branches;
    private final LookupHash lookupHash;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxRows;

    HospitalStays(ImportedClaims importedClaims, StayQueries queries, People people, WorkerDirectory workers,
                  Branches branches, LookupHash lookupHash, AuditTrail audit, JdbcTemplate jdbc, Clock clock,
                  ImportProperties imports) {
        this.importedClaims = importedClaims;
        this.queries = queries;
        this.people = people;
        this.workers = workers;
        this.branches = branches;
        this.lookupHash = lookupHash;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxRows = imports.maxRows();
    }

    /** Imports a settlement file, or nothing: {@link StayImportRejectedException} with every problem. */
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public StayImportView importFile(byte[] bytes, String fileName) {
        return importFile(bytes, fileName, maxRows);
    }

    /** {@link #importFile(byte[], String)} with at most {@code limit} rows (never more than the property). */
    @PreAuthorize("hasRole('CLAIMS_REVIEWER')")
    public StayImportView importFile(byte[] bytes, String fileName, int limit) {
        Actor actor = Actors.required();
        LocalDate today = LocalDate.now(clock);
        List<StaffListProblem> problems = new ArrayList<>();
        List<StayRows.Stay> stays = StayRows.parse(read(bytes, fileName, Math.min(limit, maxRows)), today, problems);
        if (stays.isEmpty() && problems.isEmpty()) {
            problems.add(new StaffListProblem(0, "", "stay.import.empty", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new StayImportRejectedException(problems);
        }
        // the registry and the stays imported before are read once for the whole file
        Map<String, Long> workerIds = people.idsByNationalId(stays.stream().map(s -> s.nationalId().value())
                .distinct().toList());
        Map<Long, WorkerCard> cards = workers.cardsOf(workerIds.values());
        Map<StayRows.Stay, String> hashes = new LinkedHashMap<>();
        stays.forEach(s -> hashes.put(s, lookupHash.of(s.nationalId().value())));
        Set<String> known = knownKeys(hashes.values());
        String name = fileName.isBlank() ? "settlement" : fileName.strip();
        long importId = jdbc.queryForObject("""
                insert into mutualaid_stay_import (reference, branch_id, file_name, file_sha256, imported_by,
                    imported_by_name, imported_at, total_rows, duplicate_rows, claimed_rows, not_member_rows,
                    not_covered_rows)
                values ('ZY-' || lpad(nextval('mutualaid_stay_import_number_seq')::text, 6, '0'), ?, ?, ?, ?, ?, ?,
                        0, 0, 0, 0, 0) returning id""", Long.class, actor.branchId(),
                name.length() > 255 ? name.substring(0, 255) : name, sha256(bytes), actor.id(), actor.username(),
                java.sql.Timestamp.from(clock.instant()));
        Map<Long, Boolean> inScope = new HashMap<>();
        int duplicates = 0;
        int claimed = 0;
        int notMembers = 0;
        int notCovered = 0;
        List<Long> claimIds = new ArrayList<>();
        for (Map.Entry<StayRows.Stay, String> entry : hashes.entrySet()) {
            StayRows.Stay stay = entry.getKey();
            String hash = entry.getValue();
            if (known.contains(key(hash, stay.hospital(), stay.admission()))) {
                duplicates++;
                continue;
            }
            Long workerId = workerIds.get(stay.nationalId().value());
            WorkerCard card = workerId == null ? null : cards.get(workerId);
            // a worker outside the importer's subtree is none of theirs: reported like a non-member
            if (card != null && !inScope.computeIfAbsent(card.branchId(),
                    b -> branches.covers(actor.branchId(), b))) {
                card = null;
            }
            Long stayId = insertStay(importId, stay, hash, card == null ? null : card.id());
            if (stayId == null) { // imported by a concurrent import a moment ago
                duplicates++;
                continue;
            }
            if (card == null) {
                notMembers++;
                continue;
            }
            ImportedClaims.Outcome outcome = importedClaims.make(stayId, stay, card.id(), card.branchId(), actor,
                    today);
            if (!outcome.claims().isEmpty()) {
                claimed++;
                outcome.claims().forEach(c -> claimIds.add(c.id()));
                jdbc.update("update mutualaid_hospital_stay set outcome = 'CLAIMED' where id = ?", stayId);
            } else if (!outcome.enrolled()) {
                notMembers++;
                jdbc.update("update mutualaid_hospital_stay set outcome = 'NOT_MEMBER' where id = ?", stayId);
            } else {
                notCovered++;
                ExplanationLine reason = outcome.reason();
                jdbc.update("update mutualaid_hospital_stay set reason = ? where id = ?",
                        reason == null ? null : ClaimBenefits.serialise(List.of(reason)), stayId);
            }
        }
        jdbc.update("""
                update mutualaid_stay_import set total_rows = ?, duplicate_rows = ?, claimed_rows = ?,
                       not_member_rows = ?, not_covered_rows = ? where id = ?""", stays.size(), duplicates, claimed, notMembers, notCovered,
                importId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("fileName", name);
        after.put("fileSha256", sha256(bytes));
        after.put("rows", stays.size());
        after.put("alreadyImported", duplicates);
        after.put("claimed", claimed);
        after.put("notMembers", notMembers);
        after.put("notCovered", notCovered);
        after.put("claimIds", claimIds);
        audit.record(AuditEntry.of(ENTITY, importId, "IMPORT", actor.branchId()).withAfter(after));
        return queries.get(importId);
    }

    /** An empty settlement file with the headers in the user's language. */
    public static byte[] template(List<String> headers, String sheetName) {
        return Spreadsheets.write(sheetName, headers, List.of());
    }

    // ---- internals -------------------------------------------------------------------------------

    private Set<String> knownKeys(java.util.Collection<String> hashes) {
        Set<String> keys = new HashSet<>();
        jdbc.query("""
                select national_id_hash, hospital, admission_date from mutualaid_hospital_stay
                 where national_id_hash = any(?)""", rs -> {
            keys.add(key(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
        }, (Object) new HashSet<>(hashes).toArray(String[]::new));
        return keys;
    }

    private static String key(String hash, String hospital, LocalDate admission) {
        return hash + "|" + hospital + "|" + admission;
    }

    private @org.jspecify.annotations.Nullable Long insertStay(long importId, StayRows.Stay stay, String hash,
                                                               @org.jspecify.annotations.Nullable Long workerId) {
        List<Long> ids = jdbc.queryForList("""
                insert into mutualaid_hospital_stay (import_id, row_number, national_id_hash, national_id_masked,
                    hospital, admission_date, discharge_date, invoice_total, basic_insurance_paid, self_paid,
                    worker_id, outcome)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (national_id_hash, hospital, admission_date) do nothing returning id""", Long.class,
                importId, stay.row(), hash, stay.nationalId().masked(), stay.hospital(), stay.admission(),
                stay.discharge(), stay.invoiceTotal(), stay.basicInsurancePaid(), stay.selfPaid(), workerId,
                workerId == null ? StayOutcome.NOT_MEMBER.name() : StayOutcome.NOT_COVERED.name());
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static List<List<String>> read(byte[] bytes, String fileName, int limit) {
        try {
            List<List<String>> rows = fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
                    ? CsvFiles.rows(bytes, CSVFormat.DEFAULT.builder().setTrim(true).get(), limit)
                    : Spreadsheets.rows(bytes, limit);
            if (rows.isEmpty()) {
                throw new StayImportRejectedException(List.of(new StaffListProblem(0, "", "stay.import.unreadable",
                        List.of())));
            }
            return rows;
        } catch (TableReadException e) {
            String key = switch (e.reason()) {
                case NOT_A_TABLE -> "stay.import.unreadable";
                case TOO_MANY_ROWS -> "stay.import.tooLong";
                case UNDECODABLE, TOO_LARGE -> e.messageKey();
            };
            throw new StayImportRejectedException(List.of(new StaffListProblem(0, "", key,
                    Arrays.stream(e.args()).map(String::valueOf).toList())));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

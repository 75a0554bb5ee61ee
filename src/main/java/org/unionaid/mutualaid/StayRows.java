package org.unionaid.mutualaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.unionaid.shared.Money;
import org.unionaid.shared.NationalId;

/**
 * The rows of a settlement file ({@link HospitalStays}): national ID, hospital, admission date, discharge date,
 * invoice total, paid by basic insurance, self-paid. Every row is checked and every problem collected with its row
 * and column; the same stay (national ID, hospital, admission date) twice in one file is a problem too.
 */
final class StayRows {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu.M.d"));

    private StayRows() {
    }

    /** A valid row: the stay's facts, normalised (the ID upper case, the hospital's spaces collapsed). */
    record Stay(int row, NationalId nationalId, String hospital, LocalDate admission, LocalDate discharge,
                BigDecimal invoiceTotal, BigDecimal basicInsurancePaid, BigDecimal selfPaid) {

        /** What identifies a stay: never imported twice. */
        String key() {
            return nationalId.value() + "|" + hospital + "|" + admission;
        }
    }

    /** Reads the data rows (the first row is the header); problems are added to {@code problems}. */
    static List<Stay> parse(List<List<String>> rows, LocalDate today, List<StaffListProblem> problems) {
        List<Stay> stays = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            int row = r + 1;
            int before = problems.size();
            NationalId id = null;
            String idText = cell(cells, 0);
            if (idText.isEmpty()) {
                problems.add(problem(row, 0, "stay.row.required"));
            } else {
                id = NationalId.tryParse(idText).orElse(null);
                if (id == null) {
                    problems.add(problem(row, 0, "enrolment.nationalId.invalid", idText));
                }
            }
            String hospital = SPACES.matcher(cell(cells, 1)).replaceAll(" ");
            if (hospital.isEmpty()) {
                problems.add(problem(row, 1, "stay.row.required"));
            } else if (hospital.length() > 200) {
                problems.add(problem(row, 1, "stay.row.tooLong", "200"));
            }
            LocalDate admission = date(cells, 2, row, problems);
            LocalDate discharge = date(cells, 3, row, problems);
            if (admission != null && discharge != null && discharge.isBefore(admission)) {
                problems.add(problem(row, 3, "claim.dates.order"));
            }
            if (discharge != null && discharge.isAfter(today)) {
                problems.add(problem(row, 3, "claim.refused.future"));
            }
            BigDecimal total = amount(cells, 4, row, problems);
            BigDecimal basic = amount(cells, 5, row, problems);
            BigDecimal self = amount(cells, 6, row, problems);
            if (total != null && basic != null && self != null && basic.add(self).compareTo(total) > 0) {
                problems.add(problem(row, 6, "claim.amount.partsOverTotal"));
            }
            if (problems.size() > before || id == null || admission == null || discharge == null || total == null
                    || basic == null || self == null) {
                continue;
            }
            Stay stay = new Stay(row, id, hospital, admission, discharge, total, basic, self);
            Integer first = seen.putIfAbsent(stay.key(), row);
            if (first != null) {
                problems.add(problem(row, 0, "stay.row.twice", String.valueOf(first)));
                continue;
            }
            stays.add(stay);
        }
        return stays;
    }

    private static @Nullable LocalDate date(List<String> cells, int column, int row, List<StaffListProblem> problems) {
        String text = cell(cells, column);
        if (text.isEmpty()) {
            problems.add(problem(row, column, "stay.row.required"));
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate date = LocalDate.parse(text, format);
                if (date.getYear() >= 1900) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        problems.add(problem(row, column, "stay.row.date", text));
        return null;
    }

    private static @Nullable BigDecimal amount(List<String> cells, int column, int row,
                                               List<StaffListProblem> problems) {
        String text = cell(cells, column);
        if (text.isEmpty()) {
            problems.add(problem(row, column, "stay.row.required"));
            return null;
        }
        String plain = halfWidth(text).replace(",", "").replace(" ", "");
        try {
            BigDecimal value = new BigDecimal(plain);
            if (value.signum() < 0) {
                problems.add(problem(row, column, "claim.amount.negative"));
                return null;
            }
            if (value.stripTrailingZeros().scale() > 2 || value.compareTo(new BigDecimal("999999999999.99")) > 0) {
                problems.add(problem(row, column, "stay.row.amount", text));
                return null;
            }
            return Money.round(value);
        } catch (NumberFormatException e) {
            problems.add(problem(row, column, "stay.row.amount", text));
            return null;
        }
    }

    private static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
    }

    private static StaffListProblem problem(int row, int column, String key, String... args) {
        return new StaffListProblem(row, HospitalStays.COLUMNS.get(column), key, List.of(args));
    }
}

package org.unionaid.people;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Whether a payee account can be paid by a bank transfer: a bank name, the account holder's name and an account
 * number of digits only (spaces removed) with 12 to 30 digits; a UnionPay card number (16 to 19 digits starting
 * with 62) must also pass the Luhn check. Each failure has its own message key, per form field.
 */
public final class PayoutAccountRules {

    public static final int MIN_DIGITS = 12;
    public static final int MAX_DIGITS = 30;

    private PayoutAccountRules() {
    }

    /** The account number as stored: spaces (also full-width) removed, full-width digits made ASCII. */
    public static @Nullable String normalise(@Nullable String number) {
        if (number == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        number.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0' && c != '-') {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Field ({@code bankName}, {@code holder}, {@code number}) to message key; empty when payable. */
    public static Map<String, String> problems(@Nullable String bankName, @Nullable String holder,
                                               @Nullable String number) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (bankName == null || bankName.isBlank()) {
            problems.put("bankName", "payoutAccount.bankName.required");
        } else if (bankName.strip().length() > 100) {
            problems.put("bankName", "payoutAccount.bankName.tooLong");
        }
        if (holder == null || holder.isBlank()) {
            problems.put("holder", "payoutAccount.holder.required");
        } else if (holder.strip().length() > 100) {
            problems.put("holder", "payoutAccount.holder.tooLong");
        }
        String digits = normalise(number);
        String numberProblem = numberProblem(digits);
        if (numberProblem != null) {
            problems.put("number", numberProblem);
        }
        return problems;
    }

    /** The message key of what is wrong with an account number, or null when it is fine. */
    public static @Nullable String numberProblem(@Nullable String digits) {
        if (digits == null || digits.isEmpty()) {
            return "payoutAccount.number.required";
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "payoutAccount.number.digits";
        }
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            return "payoutAccount.number.length";
        }
        if (isUnionPayCard(digits) && !luhn(digits)) {
            return "payoutAccount.number.checksum";
        }
        return null;
    }

    /** The stored status for the three parts of an account. */
    public static PayoutAccountStatus status(@Nullable String bankName, @Nullable String holder,
                                             @Nullable String number) {
        if (number == null || number.isEmpty()) {
            return PayoutAccountStatus.MISSING;
        }
        if (numberProblem(normalise(number)) != null) {
            return PayoutAccountStatus.INVALID;
        }
        if (bankName == null || bankName.isBlank() || holder == null || holder.isBlank()) {
            return PayoutAccountStatus.INCOMPLETE;
        }
        return PayoutAccountStatus.OK;
    }

    static boolean isUnionPayCard(String digits) {
        return digits.length() >= 16 && digits.length() <= 19 && digits.startsWith("62");
    }

    /** The Luhn (mod 10) check over all digits, the last being the check digit. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}

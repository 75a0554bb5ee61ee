package org.unionaid.hardship.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.unionaid.hardship.HardshipFileSummary;

/** The columns of the files export: the list's columns, labels in the user's language. */
final class HardshipFileWorkbookColumns {

    private static final List<String> HEADERS = List.of("hardshipFile.field.fileNumber", "hardshipFile.field.worker",
            "hardshipFile.field.branch", "hardshipFile.field.category", "hardshipFile.field.level",
            "hardshipFile.field.primaryCause", "hardshipFile.field.state", "hardshipFile.field.origin",
            "hardshipFile.field.caseworker", "hardshipFile.field.filedOn", "hardshipFile.field.nextReviewDue");

    private HardshipFileWorkbookColumns() {
    }

    static List<String> headers(MessageSource messages, Locale locale) {
        return HEADERS.stream().map(h -> messages.getMessage(h, null, locale)).toList();
    }

    /** Typed values for {@code Spreadsheets.write}: the dates as dates. */
    static List<@Nullable Object> row(HardshipFileSummary f, MessageSource messages, Locale locale) {
        return Arrays.asList(f.fileNumber(), f.workerName(), f.branchName(), label(f.category(), messages, locale),
                label(f.level(), messages, locale), label(f.primaryCause(), messages, locale),
                label(f.state(), messages, locale), label(f.origin(), messages, locale), f.caseworkerName(),
                f.filedOn(), f.nextReviewDue());
    }

    private static String label(Enum<?> value, MessageSource messages, Locale locale) {
        return messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null, locale);
    }
}

package org.unionaid.programmes.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.unionaid.programmes.EligibilityRule;
import org.unionaid.programmes.RuleResult;

/**
 * Renders stored eligibility reasons in the reader's language: an argument starting with {@code @} is a
 * message key, {@code |} separates the items of a list. Used by the templates as {@code @programmeTexts}.
 */
@Component("programmeTexts")
public class ProgrammeTexts {

    private final MessageSource messages;

    ProgrammeTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(RuleResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = result.reasonArgs().stream().map(a -> label(a, locale)).toArray();
        return messages.getMessage(result.reasonKey(), args, result.reasonKey(), locale);
    }

    /** The listed values of a rule (categories, school stages, employment forms) as labels. */
    public String values(EligibilityRule rule) {
        String prefix = switch (rule.type()) {
            case HARDSHIP_CATEGORY -> "@HardshipCategory.";
            case SCHOOL_STAGE -> "@SchoolStage.";
            default -> "@EmploymentType.";
        };
        return label(String.join("|", rule.values().stream().map(v -> prefix + v).toList()));
    }

    public String label(@Nullable String value) {
        return value == null ? "" : label(value, LocaleContextHolder.getLocale());
    }

    private String label(String value, Locale locale) {
        String separator = "en".equals(locale.getLanguage()) ? ", " : "、";
        return Arrays.stream(value.split("\\|")).map(part -> part.startsWith("@")
                ? messages.getMessage(part.substring(1), null, part.substring(1), locale) : part)
                .collect(Collectors.joining(separator));
    }
}

package org.unionaid.shared.excel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of uploaded tables ({@code unionaid.imports.*}).
 *
 * @param maxRows the most data rows (after the header row) one imported file may have, for staff lists,
 *                screening lists and bank result files alike, .xlsx or CSV; a longer file is refused with the
 *                figure as soon as the reader reaches the row after the limit (it never reads further)
 */
@ConfigurationProperties("unionaid.imports")
public record ImportProperties(@DefaultValue("50000") int maxRows) {

    public ImportProperties {
        if (maxRows < 1) {
            throw new IllegalArgumentException("unionaid.imports.max-rows must be at least 1");
        }
    }
}

package org.unionaid.system;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Numbers and booleans in JSON bodies are JSON numbers and booleans: a string there ({@code "36,000"},
 * {@code "true"}) is refused (400 with the field in errors[]) instead of being coerced. The lenient reading of
 * typed amounts is for forms only ({@link AmountFormatter}).
 */
@Configuration(proxyBeanMethods = false)
class ApiJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictScalars() {
        return builder -> {
            for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
                builder.withCoercionConfig(type, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
            }
        };
    }
}

package org.unionaid.system;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at /v3/api-docs: the /api/v1 resources, an API token (bearer), HTTP Basic or
 * session, and the one error shape (schema {@code Problem}, docs/architecture.md "API errors")
 * on every operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI unionAidOpenApi() {
        return new OpenAPI()
                .info(new Info().title("UnionAid API").version("v1")
                        .description("Hardship-worker files, mutual-aid claims and subsidy payouts. "
                                + "Every resource is scoped to the caller's branch subtree; records outside it "
                                + "answer 404. National IDs and bank accounts are always masked.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("An API token (ua_…) issued by a SYSADMIN at "
                                        + "/admin/api-tokens; the client acts as the token's account"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SESSION")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }

    /** Every operation may answer 400, 401, 403, 404, 422 and 500 as a problem detail. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            Schema<?> error = new ObjectSchema()
                    .addProperty("field", new StringSchema().description("a body path such as plan.termStart"))
                    .addProperty("parameter", new StringSchema().description("a query, path or part name"))
                    .addProperty("row", new IntegerSchema().description("the row of an uploaded file (1 = header)"))
                    .addProperty("code", new StringSchema().description("required, typeMismatch, a constraint or a key"))
                    .addProperty("message", new StringSchema().description("in the caller's language"));
            Schema<?> problem = new ObjectSchema()
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema().description("in the caller's language"))
                    .addProperty("instance", new StringSchema())
                    .addProperty("code", new StringSchema().description("a rule's message key for 422, else "
                            + "invalidRequest, malformedJson, notFound, forbidden, …"))
                    .addProperty("args", new ArraySchema().items(new StringSchema()))
                    .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/ProblemError")))
                    .addProperty("requestId", new StringSchema().description("the request's reference for support "
                            + "(also the X-Request-Id response header)"));
            if (api.getComponents() == null) {
                api.components(new Components());
            }
            api.getComponents().addSchemas("ProblemError", error).addSchemas("Problem", problem);
            Content content = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
            Map<String, String> defaults = Map.of("400", "Invalid input (errors[] names each field or parameter)",
                    "401", "Not signed in", "403", "Not allowed", "404", "No such record, or not visible to you",
                    "422", "Refused by a business rule", "500", "Server error");
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                for (String status : List.of("400", "401", "403", "404", "422", "500")) {
                    ApiResponse response = operation.getResponses().get(status);
                    if (response == null) {
                        operation.getResponses().addApiResponse(status,
                                new ApiResponse().description(defaults.get(status)).content(content));
                    } else if (response.getContent() == null || response.getContent().isEmpty()) {
                        response.content(content);
                    }
                }
            }));
        };
    }
}

package org.unionaid.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.unionaid.support.IntegrationTestSupport;

class OpenApiIntegrationTests extends IntegrationTestSupport {

    @Test
    void apiDescriptionIsPublishedAtV3ApiDocs() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("UnionAid API"))
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.errors.type").value("array"))
                .andExpect(jsonPath("$.paths['/api/v1/claims'].post.responses['400'].content['application/problem+json']"
                        + ".schema.$ref").value("#/components/schemas/Problem"));
    }

    @Test
    void listsDescribeTheSharedPageShape() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.ClaimPage.properties.content.type").value("array"))
                .andExpect(jsonPath("$.components.schemas.ClaimPage.properties.page.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.ClaimPage.properties.totalPages.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.ClaimPage.properties.number.deprecated").value(true))
                .andExpect(jsonPath("$.components.schemas.WorkerPage.properties.page.type").value("integer"))
                .andExpect(jsonPath("$.components.schemas.WorkerPage.properties.next.type").value("string"));
    }

    @Test
    void apiAnswersUnauthenticatedCallsWith401AsAProblemDetailWithTheBasicChallenge() throws Exception {
        mvc.perform(get("/api/v1/anything"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"UnionAid\""))
                .andExpect(jsonPath("$.code").value("unauthorized"));
    }
}

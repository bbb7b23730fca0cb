package io.vigint.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonErrorPageGeneratorTest {
    private final JsonErrorPageGenerator generator = new JsonErrorPageGenerator();

    @Test
    void grizzlysOwnErrorsBecomeTheJsonEnvelope() throws Exception {
        JsonNode page = new ObjectMapper().readTree(generator.generate(null, 400, "Bad Request", "bad", null));

        assertThat(page.at("/error/code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(page.get("status").asText()).isEqualTo("error");
    }

    @Test
    void aFailureShowsAnErrorIdButNeverTheException() throws Exception {
        String page = generator.generate(null, 500, "Internal Error", "boom", new IllegalStateException("hunter2"));

        JsonNode json = new ObjectMapper().readTree(page);
        assertThat(json.at("/error/code").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(json.at("/error/details/error_id").asText()).hasSize(36);
        assertThat(page).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void aRequestUriJerseyCannotParseIsTheClientsFault() throws Exception {
        Throwable jersey =
                new IllegalArgumentException(new java.net.URISyntaxException("/a?%%%", "Malformed escape pair"));

        JsonNode page = new ObjectMapper().readTree(generator.generate(null, 500, "Internal Error", "", jersey));

        assertThat(page.at("/error/code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(page.at("/error/message").asText()).contains("URI");
        assertThat(page.at("/error/details/error_id").isMissingNode()).isTrue();
    }

    @Test
    void methodAndSizeErrorsKeepTheirCodes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(generator.generate(null, 405, "", "", null))
                        .at("/error/code")
                        .asText())
                .isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(json.readTree(generator.generate(null, 413, "", "", null))
                        .at("/error/code")
                        .asText())
                .isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(json.readTree(generator.generate(null, 404, "", "", null))
                        .at("/error/code")
                        .asText())
                .isEqualTo("NOT_FOUND");
    }
}

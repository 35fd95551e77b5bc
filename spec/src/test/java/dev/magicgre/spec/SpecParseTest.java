package dev.magicgre.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecParseTest {

    @Test
    void theSpecParsesWithoutAnyMessage() {
        SwaggerParseResult result = Specs.parse(Specs.currentContent());

        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        assertThat(messages).as("parser messages for %s", Specs.CURRENT_RESOURCE).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getPaths()).containsKey("/accounts/{account_id}/magic/gre_tunnels");
    }

    @Test
    void aBrokenSpecIsRefusedWithItsMessages() {
        // proves load() bites: a dangling $ref and a wrong type must come back as messages
        String broken = """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /x:
                    get:
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Missing'
                components:
                  schemas:
                    Bad:
                      type: object
                      required: true
                """;

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Specs.load(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Missing")
                .hasMessageContaining("required");
    }
}

package dev.magicgre.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every example of the spec obeys the spec: one dynamic test per example, named after where it sits. */
class SpecExamplesTest {

    private static String spec;
    private static SpecValidator validator;
    private static List<ExampleCase> cases;

    @BeforeAll
    static void load() {
        spec = Specs.currentContent();
        validator = new SpecValidator(spec);
        cases = SpecExamples.of(Specs.load(spec));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsValid() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ValidationReport report = c.check().apply(validator);
            if (SpecValidator.fails(report)) {
                fail("example " + c.name() + " does not obey the spec:\n" + SpecValidator.describe(report));
            }
        }));
    }

    /** Guards the finder itself: if it silently found nothing, the factory above would pass with zero tests. */
    @Test
    void theFinderSeesTheExamplesOfTheSpec() {
        assertThat(cases).extracting(ExampleCase::name).contains(
                "POST /accounts/{account_id}/magic/gre_tunnels request 'stringTarget' (body, account_id, x-magic-new-hc-target)",
                "POST /accounts/{account_id}/magic/gre_tunnels request 'severalObjectTarget' (body, account_id, x-magic-new-hc-target)",
                "GET /accounts/{account_id}/magic/gre_tunnels request 'objectTarget' (account_id, x-magic-new-hc-target)",
                "PUT /accounts/{account_id}/magic/gre_tunnels/{gre_tunnel_id} request 'objectTarget' (body, account_id, gre_tunnel_id, x-magic-new-hc-target)",
                "DELETE /accounts/{account_id}/magic/gre_tunnels/{gre_tunnel_id} request 'stringTarget' (body, account_id, gre_tunnel_id, x-magic-new-hc-target)",
                "POST /accounts/{account_id}/magic/gre_tunnels response 200 example 'stringTarget'",
                "POST /accounts/{account_id}/magic/gre_tunnels response 200 example 'severalObjectTarget'",
                "GET /accounts/{account_id}/magic/gre_tunnels/{gre_tunnel_id} response 404 (components/responses/NotFound) example 'notFound'",
                "POST /accounts/{account_id}/magic/gre_tunnels response 400 (components/responses/Failure) example 'invalidName'",
                "POST /accounts/{account_id}/magic/gre_tunnels response 4XX sent as 401 (components/responses/Failure) example 'invalidName'",
                "#/components/schemas/TunnelName example");
    }

    /** The prose header rule binds the named examples: a body with object targets goes with the header true. */
    @Test
    void aBodyThatDoesNotGoWithItsSameNamedHeaderExampleFails() {
        OpenAPI api = Specs.load(spec);
        api.getComponents().getParameters().get("NewHealthCheckTarget").getExamples().get("objectTarget").setValue(false);

        assertThat(failureOf(api, "POST /accounts/{account_id}/magic/gre_tunnels request 'objectTarget' (body, account_id, x-magic-new-hc-target)"))
                .hasMessageContaining("does not go with its header example")
                .hasMessageContaining("/health_check/target: x-magic-new-hc-target is absent or false");
        assertThat(failureOf(api, "GET /accounts/{account_id}/magic/gre_tunnels/{gre_tunnel_id} response 200 example 'objectTarget'"))
                .hasMessageContaining("/result/gre_tunnel/health_check/target");
    }

    @Test
    void aRequestWhosePathParameterHasNoExampleOfItsNameFails() {
        OpenAPI api = Specs.load(spec);
        api.getComponents().getParameters().get("GreTunnelId").getExamples().remove("objectTarget");

        assertThat(failureOf(api, "GET /accounts/{account_id}/magic/gre_tunnels/{gre_tunnel_id} request 'objectTarget' (account_id, x-magic-new-hc-target)"))
                .hasMessageContaining("path parameter 'gre_tunnel_id' has no example named 'objectTarget'");
    }

    @Test
    void aParameterExampleThatNoNamedRequestUsesFails() {
        OpenAPI api = Specs.load(spec);
        api.getComponents().getParameters().get("AccountId").getExamples().put("orphan", new Example().value("abc"));

        assertThat(failureOf(api, "parameter 'account_id' example 'orphan' (used by no named request)"))
                .hasMessageContaining("never checked in a request");
    }

    private static AssertionError failureOf(OpenAPI api, String caseName) {
        ExampleCase found = SpecExamples.of(api).stream().filter(c -> c.name().equals(caseName)).findFirst()
                .orElseThrow(() -> new AssertionError("no case named " + caseName));
        return org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> found.check().apply(validator));
    }
}

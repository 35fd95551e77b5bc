package dev.magicgre.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.report.ValidationReport;
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
                "POST /accounts/{account_id}/magic/gre_tunnels request body example 'stringTarget'",
                "POST /accounts/{account_id}/magic/gre_tunnels request body example 'objectTarget'",
                "POST /accounts/{account_id}/magic/gre_tunnels parameter 'account_id' example 'example'",
                "POST /accounts/{account_id}/magic/gre_tunnels response 200 example 'stringTarget'",
                "POST /accounts/{account_id}/magic/gre_tunnels response 200 example 'objectTarget'",
                "POST /accounts/{account_id}/magic/gre_tunnels response 400 (components/responses/Failure) example 'invalidName'",
                "POST /accounts/{account_id}/magic/gre_tunnels response 4XX sent as 401 (components/responses/Failure) example 'invalidName'",
                "#/components/schemas/TunnelName example");
    }
}

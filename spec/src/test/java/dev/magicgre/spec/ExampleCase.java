package dev.magicgre.spec;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.function.Function;

/** One example of the spec and how to check it; the name says where in the spec it sits. */
public record ExampleCase(String name, Function<SpecValidator, ValidationReport> check) {
}

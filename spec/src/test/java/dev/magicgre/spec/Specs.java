package dev.magicgre.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and parses spec documents. Works on the text of a document, not on a location, so the same code
 * reads the spec from this module's classpath (as other modules see it) or from any file (baseline, fixtures).
 */
public final class Specs {

    /** Where the spec module ships openapi.yaml on the classpath (see spec/pom.xml). */
    public static final String CURRENT_RESOURCE = "openapi/openapi.yaml";

    private Specs() {
    }

    /** The text of the current spec, as shipped on the classpath. */
    public static String currentContent() {
        try (InputStream in = Specs.class.getClassLoader().getResourceAsStream(CURRENT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CURRENT_RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses without failing, so callers can report every parser message themselves. */
    public static SwaggerParseResult parse(String content) {
        ParseOptions options = new ParseOptions();
        // resolve: follow external refs; internal $refs stay refs so schema names survive (diff keys, reports)
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(content, null, options);
    }

    /** Parses and refuses a document with any parser message: a warning is a spec the generators may misread. */
    public static OpenAPI load(String content) {
        SwaggerParseResult result = parse(content);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null || !messages.isEmpty()) {
            throw new IllegalArgumentException("the spec does not parse cleanly:\n  - " + String.join("\n  - ", messages));
        }
        return result.getOpenAPI();
    }
}

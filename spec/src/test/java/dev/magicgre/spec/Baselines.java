package dev.magicgre.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the last released spec among spec/baseline/openapi-X.Y.Z.yaml: the highest version wins. */
public final class Baselines {

    /** Relative to the spec module; Surefire runs tests from the module's directory. */
    public static final Path DIRECTORY = Path.of("baseline");

    private static final Pattern NAME = Pattern.compile("openapi-(\\d+)\\.(\\d+)\\.(\\d+)\\.yaml");

    private Baselines() {
    }

    public static Path latest(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .max(Comparator.comparing(Baselines::version, Comparator
                            .<int[]>comparingInt(v -> v[0]).thenComparingInt(v -> v[1]).thenComparingInt(v -> v[2])))
                    .orElseThrow(() -> new IllegalStateException("no openapi-X.Y.Z.yaml in " + directory.toAbsolutePath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int[] version(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return Optional.of(m).filter(Matcher::matches)
                .map(x -> new int[] {Integer.parseInt(x.group(1)), Integer.parseInt(x.group(2)), Integer.parseInt(x.group(3))})
                .orElseThrow();
    }
}

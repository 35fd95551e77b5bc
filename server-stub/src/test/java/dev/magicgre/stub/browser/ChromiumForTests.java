package dev.magicgre.stub.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/**
 * The browser a browser test needs, so that the README's test command runs it on a fresh machine: found where it
 * is installed ({@link ChromiumLocator}); missing, it is installed from Debian's packages when the build runs as
 * root on Debian (as CI does); anywhere else the test is skipped with one line saying how to make it run, except
 * under {@code CI=true}, where a missing browser fails the build.
 */
public final class ChromiumForTests {

  /** The one visible line of what the build does when the browser is missing. */
  static final List<String> INSTALL = List.of("sh", "-c",
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver");

  public record Chromium(Path browser, Path driver) {}

  private ChromiumForTests() {}

  /** The browser and its driver; never answers without both (aborts or fails the calling test instead). */
  public static Chromium ensure(String test) {
    ChromiumLocator locator = ChromiumLocator.ofThisMachine();
    if (locator.browser().isEmpty() || locator.driver().isEmpty()) {
      if (isRoot() && isDebian()) {
        System.err.println(test + ": no Chromium and chromedriver on this machine, installing Debian's: " + INSTALL.get(2));
        install();
        locator = ChromiumLocator.ofThisMachine();
      }
    }
    Optional<Path> browser = locator.browser();
    Optional<Path> driver = locator.driver();
    if (browser.isPresent() && driver.isPresent()) {
      return new Chromium(browser.get(), driver.get());
    }
    String missing = test + " did not run: no " + (browser.isEmpty() ? "Chromium/Chrome" : "chromedriver")
        + " found (CHROME_BIN, CHROMEDRIVER, the standard locations, PATH); install chromium and chromium-driver"
        + " (Debian: apt-get install -y chromium chromium-driver, which the build does itself as root) or set"
        + " CHROME_BIN and CHROMEDRIVER";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionFailedError(missing + " (CI=true: the browser test must run)");
    }
    System.err.println(missing);
    return Assumptions.abort(missing);
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean isDebian() {
    return Files.exists(Path.of("/etc/debian_version")) && Files.isExecutable(Path.of("/usr/bin/apt-get"));
  }

  private static void install() {
    Path log = Path.of("target", "chromium-install.log").toAbsolutePath();
    try {
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(INSTALL).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new AssertionFailedError("installing chromium failed (" + INSTALL.get(2) + "), see " + log);
      }
    } catch (IOException e) {
      throw new AssertionFailedError("could not run " + INSTALL.get(2) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionFailedError("interrupted while installing chromium", e);
    }
  }
}

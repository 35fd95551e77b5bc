package dev.magicgre.stub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where the browser test looks for Chromium and chromedriver, on an imagined machine. */
class ChromiumLocatorTest {

  @Test
  void chromeBinAndChromedriverWinOverTheStandardLocations() {
    ChromiumLocator locator = new ChromiumLocator(Map.of("CHROME_BIN", "/opt/mine/chrome", "CHROMEDRIVER", "/opt/mine/driver"),
        executables("/opt/mine/chrome", "/opt/mine/driver", "/usr/bin/chromium", "/usr/bin/chromedriver"));

    assertThat(locator.browser()).contains(Path.of("/opt/mine/chrome"));
    assertThat(locator.driver()).contains(Path.of("/opt/mine/driver"));
  }

  @Test
  void aChromeBinThatNamesNothingRunnableIsNotReplacedByAnotherBrowser() {
    ChromiumLocator locator = new ChromiumLocator(Map.of("CHROME_BIN", "/opt/gone/chrome"), executables("/usr/bin/chromium"));

    assertThat(locator.browser()).isEmpty();
  }

  @Test
  void theStandardLocationsOfDebianOtherDistributionsAndMacOsAreFound() {
    assertThat(new ChromiumLocator(Map.of(), executables("/usr/bin/chromium", "/usr/lib/chromium/chromedriver")).browser())
        .contains(Path.of("/usr/bin/chromium"));
    assertThat(new ChromiumLocator(Map.of(), executables("/usr/lib/chromium/chromedriver")).driver())
        .contains(Path.of("/usr/lib/chromium/chromedriver"));
    assertThat(new ChromiumLocator(Map.of(), executables("/usr/bin/google-chrome-stable")).browser())
        .contains(Path.of("/usr/bin/google-chrome-stable"));
    assertThat(new ChromiumLocator(Map.of(), executables("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome")).browser())
        .contains(Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
  }

  @Test
  void elseTheNamesOnThePath() {
    ChromiumLocator locator = new ChromiumLocator(Map.of("PATH", "/nix/a" + java.io.File.pathSeparator + "/nix/b"),
        executables("/nix/b/chromium", "/nix/a/chromedriver"));

    assertThat(locator.browser()).contains(Path.of("/nix/b/chromium"));
    assertThat(locator.driver()).contains(Path.of("/nix/a/chromedriver"));
  }

  @Test
  void nothingInstalledIsNothingFound() {
    ChromiumLocator locator = new ChromiumLocator(Map.of("PATH", "/usr/bin"), executables());

    assertThat(locator.browser()).isEmpty();
    assertThat(locator.driver()).isEmpty();
  }

  private static java.util.function.Predicate<Path> executables(String... paths) {
    Set<Path> installed = java.util.Arrays.stream(paths).map(Path::of).collect(java.util.stream.Collectors.toSet());
    return installed::contains;
  }
}

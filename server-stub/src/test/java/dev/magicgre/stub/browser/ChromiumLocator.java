package dev.magicgre.stub.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds a Chromium or Chrome binary and a chromedriver wherever they are installed: the variables
 * {@code CHROME_BIN} and {@code CHROMEDRIVER} first, then the standard locations of Debian, other Linux
 * distributions, macOS and Windows, then the names on {@code PATH}.
 */
public final class ChromiumLocator {

  static final List<String> BROWSER_LOCATIONS = List.of(
      "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
      "/snap/bin/chromium", "/opt/google/chrome/chrome",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
      "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe");
  static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
      "google-chrome-stable", "chrome");
  static final List<String> DRIVER_LOCATIONS = List.of(
      "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver", "/usr/lib/chromium-browser/chromedriver",
      "/snap/bin/chromium.chromedriver", "/usr/local/bin/chromedriver", "/opt/homebrew/bin/chromedriver");
  static final List<String> DRIVER_NAMES = List.of("chromedriver", "chromedriver.exe");

  private final Map<String, String> environment;
  private final Predicate<Path> executable;

  public ChromiumLocator(Map<String, String> environment, Predicate<Path> executable) {
    this.environment = environment;
    this.executable = executable;
  }

  /** This machine's. */
  public static ChromiumLocator ofThisMachine() {
    return new ChromiumLocator(System.getenv(), Files::isExecutable);
  }

  public Optional<Path> browser() {
    return find("CHROME_BIN", BROWSER_LOCATIONS, BROWSER_NAMES);
  }

  public Optional<Path> driver() {
    return find("CHROMEDRIVER", DRIVER_LOCATIONS, DRIVER_NAMES);
  }

  private Optional<Path> find(String variable, List<String> locations, List<String> names) {
    List<Path> candidates = new ArrayList<>();
    String named = environment.getOrDefault(variable, "").strip();
    if (!named.isEmpty()) {
      // a variable that names nothing runnable is a mistake to report, not a reason to look elsewhere
      return Optional.of(Path.of(named)).filter(executable);
    }
    locations.forEach(location -> candidates.add(Path.of(location)));
    for (String directory : environment.getOrDefault("PATH", "").split(Pattern.quote(java.io.File.pathSeparator))) {
      if (!directory.isBlank()) {
        names.forEach(name -> candidates.add(Path.of(directory, name)));
      }
    }
    return candidates.stream().filter(executable).findFirst();
  }
}

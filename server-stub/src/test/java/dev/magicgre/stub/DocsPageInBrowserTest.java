package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.stub.auth.Identities;
import dev.magicgre.stub.browser.ChromiumForTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The docs page in a real browser (Chromium or Chrome, driven by chromedriver): it lists the six operations and
 * "Try it out" creates a tunnel on the very stub that serves the page, with the default token. The browser is
 * found wherever it is installed, or installed from Debian's packages as root on Debian; elsewhere, without one,
 * the test says in one line that it did not run and how to make it run, except under {@code CI=true}, where it
 * fails ({@link ChromiumForTests}).
 */
class DocsPageInBrowserTest {

  static final Duration PATIENCE = Duration.ofSeconds(60);
  /** Selenium polls every 500 ms by default: each step of the page would wait for the next poll. */
  static final Duration POLL = Duration.ofMillis(25);

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  static WebDriver browser;
  static Path profile;

  @BeforeAll
  static void startChromium() throws IOException {
    ChromiumForTests.Chromium chromium = ChromiumForTests.ensure(DocsPageInBrowserTest.class.getSimpleName());
    profile = Files.createTempDirectory("docs-page-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.browser().toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,2400", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromium.driver().toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  String root() {
    return "http://127.0.0.1:" + STUB.server().port();
  }

  WebDriverWait waiting() {
    return new WebDriverWait(browser, PATIENCE, POLL);
  }

  WebElement visible(By locator) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void click(By locator) {
    waiting().until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  @Test
  void thePageListsTheSixOperationsAndTryItOutCreatesATunnelOnThisStub() {
    browser.get(root() + "/docs");

    waiting().until(driver -> driver.findElements(By.cssSelector(".opblock")).size() == 6);
    List<String> operations = browser.findElements(By.cssSelector(".opblock")).stream()
        .map(block -> block.getAttribute("id")).toList();
    assertThat(operations).containsExactlyInAnyOrder("operations-GRE_Tunnels-listGreTunnels",
        "operations-GRE_Tunnels-createGreTunnel", "operations-GRE_Tunnels-updateGreTunnels",
        "operations-GRE_Tunnels-getGreTunnel", "operations-GRE_Tunnels-updateGreTunnel",
        "operations-GRE_Tunnels-deleteGreTunnel");
    assertThat(visible(By.cssSelector(".servers select")).getText()).startsWith(root() + "/client/v4");

    authorizeWithTheDefaultToken();
    String created = tryItOutCreate("{\"name\": \"GRE_DOCS\", \"cloudflare_gre_endpoint\": \"203.0.113.1\","
        + " \"customer_gre_endpoint\": \"203.0.113.2\", \"interface_address\": \"10.212.0.0/31\"}");

    assertThat(created).contains("\"success\": true", "\"name\": \"GRE_DOCS\"").containsPattern("\"id\": \"[0-9a-f]{32}\"");
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).extracting(tunnel -> tunnel.getName()).containsExactly("GRE_DOCS");
  }

  private void authorizeWithTheDefaultToken() {
    click(By.cssSelector("button.authorize"));
    WebElement bearer = visible(By.xpath("//div[contains(@class,'auth-container')][.//h4[contains(.,'api_token')]]"));
    replaceText(bearer.findElement(By.cssSelector("input")), Identities.EXAMPLE_TOKEN);
    bearer.findElement(By.cssSelector("button.authorize")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//div[contains(@class,'auth-container')][.//h4[contains(.,'api_token')]]//button[contains(.,'Logout')]")));
    click(By.cssSelector(".modal-ux button.close-modal"));
  }

  /**
   * Puts the text into a React-controlled field (input or textarea) the way a paste does: one input event. Typing
   * it with sendKeys re-renders the page once per character, about 10 s for one body on two cores.
   */
  private static void replaceText(WebElement field, String text) {
    ((JavascriptExecutor) browser).executeScript(
        "const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(arguments[0]), 'value').set;"
            + " setter.call(arguments[0], arguments[1]);"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, text);
  }

  /** Opens the create operation, fills account_id and the body, executes; answers the response panel's body. */
  private String tryItOutCreate(String body) {
    String operation = "#operations-GRE_Tunnels-createGreTunnel ";
    click(By.cssSelector(operation + ".opblock-summary-control"));
    click(By.cssSelector(operation + "button.try-out__btn"));
    WebElement account = visible(By.cssSelector(operation + "tr[data-param-name='account_id'] input"));
    replaceText(account, StubHttp.ACCOUNT);
    WebElement editor = visible(By.cssSelector(operation + "textarea.body-param__text"));
    replaceText(editor, body);
    click(By.cssSelector(operation + "button.execute"));
    WebElement status = visible(By.cssSelector(operation + ".live-responses-table .response .response-col_status"));
    String answer = visible(By.cssSelector(operation + ".live-responses-table .response .response-col_description pre")).getText();
    assertThat(status.getText()).as("status in the response panel, body %s", answer).startsWith("200");
    return answer;
  }
}

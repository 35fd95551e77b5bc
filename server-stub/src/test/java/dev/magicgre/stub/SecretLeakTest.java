package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.magicgre.stub.auth.Identities;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #8, point 4: tokens, keys and md5_key never reach the log nor an error answer. The whole log is captured
 * (every level, Grizzly's and Jersey's java.util.logging included, routed to SLF4J as the jar's main does) while
 * the secrets are sent in good and bad forms; then no event's message, arguments or throwable, and no failure
 * answer, may contain any of them.
 */
class SecretLeakTest {

  private static final String MD5_KEY = "Md5SecretK3y-4-leak-test";
  private static final String UNKNOWN_TOKEN = "UnknownT0kenThatMustNotLeak0000000000000";
  private static final String WRONG_KEY = "WrongGlobalKeyThatMustNotLeak00";
  private static final String FILE_TOKEN = "FileT0kenThatMustNotLeak";
  private static final List<String> SECRETS = List.of(Identities.EXAMPLE_TOKEN, Identities.EXAMPLE_KEY, MD5_KEY,
      UNKNOWN_TOKEN, WRONG_KEY, FILE_TOKEN, Identities.EXAMPLE_READ_ONLY_TOKEN);

  private final List<String> failureAnswers = new ArrayList<>();
  private LogCapture log;

  @TempDir
  Path dir;

  @BeforeEach
  void captureEverything() {
    log = LogCapture.start();
  }

  @AfterEach
  void restoreLogging() {
    log.close();
  }

  @Test
  void secretsSentInGoodAndBadFormsAppearInNoLogEventAndNoErrorAnswer() throws Exception {
    try (StubServer server = StubServer.start(StubSettings.ephemeral().withTimeouts(1, 1))) {
      StubHttp http = new StubHttp(server);
      String withKey = Bodies.with("/bgp", "{\"customer_asn\": 64512, \"md5_key\": \"" + MD5_KEY + "\"}").toString();

      // good credentials and a good md5_key: a 200 (which echoes the key, as Cloudflare does), then a duplicate
      Expect.success(http.create(withKey).send());
      answer(http.create(withKey).send());
      // bad Authorization forms, unknown and read-only tokens, a wrong global key
      answer(http.create(withKey).header("Authorization", "Bearer  " + Identities.EXAMPLE_TOKEN).send());
      answer(http.create(withKey).header("Authorization", "Basic " + Identities.EXAMPLE_TOKEN).send());
      answer(http.create(withKey).header("Authorization", Identities.EXAMPLE_TOKEN).send());
      answer(http.create(withKey).header("Authorization", "Bearer " + Identities.EXAMPLE_TOKEN + "{}").send());
      answer(http.create(withKey).header("Authorization", "Bearer " + UNKNOWN_TOKEN).send());
      answer(http.create(withKey).header("Authorization", "Bearer " + Identities.EXAMPLE_READ_ONLY_TOKEN).send());
      answer(http.create(withKey).globalKey(Identities.EXAMPLE_EMAIL, WRONG_KEY).send());
      answer(http.create(withKey).globalKey("nobody@example.com", Identities.EXAMPLE_KEY).send());
      // md5_key refused, and malformed JSON around the secrets (a parser's own message would quote them)
      answer(http.create(Bodies.with("/bgp", "{\"customer_asn\": 1, \"md5_key\": \"" + MD5_KEY + "?\"}")).send());
      answer(http.create(Bodies.with("/bgp", "{\"customer_asn\": 1, \"md5_key\": \"" + MD5_KEY + "\\t\"}")).send());
      answer(http.create("{\"bgp\": {\"md5_key\": " + MD5_KEY + "}}").send());
      answer(http.create("{\"name\": \"x\", \"bgp\": {\"md5_key\": \"" + MD5_KEY).send());
      answer(http.create(withKey.replace("}}", "}} " + MD5_KEY)).send());
      answer(http.create(Identities.EXAMPLE_TOKEN).send());
      answer(http.create("{\"" + MD5_KEY + "\": 1, \"" + MD5_KEY + "\": 2}").send());
      // the HTTP parser's refusals and a body that never completes, with the token in the request
      String head = "POST /client/v4" + StubHttp.tunnelsPath(StubHttp.ACCOUNT) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Authorization: Bearer " + Identities.EXAMPLE_TOKEN + "\r\nContent-Type: application/json\r\n";
      rawAnswer(server, head + "X-Pad: " + "p".repeat(9000) + "\r\nContent-Length: 2\r\n\r\n{}");
      rawAnswer(server, head + "Content-Length: " + MD5_KEY + "\r\n\r\n{}");
      rawAnswer(server, head + "Content-Length: 500\r\n\r\n{\"bgp\": {\"md5_key\": \"" + MD5_KEY);
      rawAnswer(server, head.replace("/magic/", "/%zz/" + Identities.EXAMPLE_TOKEN + "/") + "Content-Length: 2\r\n\r\n{}");
      rawAnswer(server, head + "Transfer-Encoding: chunked\r\n\r\n" + MD5_KEY + "\r\n");
    }
    // a credentials file that stops the start
    Path file = Files.writeString(dir.resolve("creds.json"), "{\"tokens\": [{\"token\": " + FILE_TOKEN + "}]}");
    Throwable refused = catchThrowable(() -> StubServer.start(StubSettings.ephemeral().withCredentialsFile(file)));
    assertThat(refused).isNotNull();
    for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
      assertNoSecret("start failure " + cause.getClass().getSimpleName(), String.valueOf(cause.getMessage()));
    }

    List<ILoggingEvent> events = log.events();
    assertThat(events).as("log events captured").isNotEmpty();
    assertThat(failureAnswers).hasSize(21);
    for (ILoggingEvent event : events) {
      assertNoSecret("log event " + event.getLoggerName(), LogCapture.logged(event));
    }
    for (String answer : failureAnswers) {
      assertNoSecret("error answer", answer);
    }
  }

  private void answer(StubHttp.Reply reply) {
    assertThat(reply.status()).as("%s", reply).isBetween(400, 499);
    failureAnswers.add(reply.headers().map() + " " + reply.text());
  }

  private void rawAnswer(StubServer server, String request) throws IOException {
    RawHttp.Outcome outcome = RawHttp.exchange(server.port(), request.getBytes(StandardCharsets.ISO_8859_1), 20_000);
    assertThat(outcome.answered()).as("%s", outcome).isTrue();
    answer(outcome.reply());
  }

  private static void assertNoSecret(String where, String text) {
    for (String secret : SECRETS) {
      assertThat(text).as("%s", where).doesNotContain(secret);
    }
  }
}

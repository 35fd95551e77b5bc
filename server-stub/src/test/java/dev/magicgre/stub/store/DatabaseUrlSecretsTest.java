package dev.magicgre.stub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.magicgre.stub.LogCapture;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, point 3: no credential of a database URL reaches the log or a message, in whichever form it is
 * written (a password parameter in any case, {@code sslpassword}, user info {@code user:pass@}, anything named
 * like a token, secret or key); an {@code sslkey} path is kept. Each form is opened against a closed port and,
 * where it makes sense, against a real PostgreSQL; then every log event (every level, the pool's and driver's
 * included) and every message are searched.
 */
class DatabaseUrlSecretsTest {

  private static final List<String> SECRETS = List.of("SecretPw1x", "SecretSsl2x", "SecretUi3x", "SecretTk4x",
      "SecretCs5x", "SecretAk6x", "SecretPw7x", "SecretSsl8x", "SecretTk9x", "SecretWrong10x", "SecretWrong11x");

  private final List<String> messages = new ArrayList<>();

  @Test
  void noCredentialOfAnyFormReachesTheLogOrAMessage() throws Exception {
    int closed = closedPort();
    String unreachable = "jdbc:postgresql://127.0.0.1:" + closed + "/tunnels";
    ThrowawayPostgres postgres = ThrowawayPostgres.shared();
    String reachable = postgres.newDatabase().substring("jdbc:postgresql://".length());   // host:port/database
    try (LogCapture log = LogCapture.start()) {
      refused(unreachable + "?password=SecretPw1x", "Connection refused");
      refused(unreachable + "?sslpassword=SecretSsl2x&sslkey=/tmp/client-key.pk8", "refused");
      refused("jdbc:postgresql://stub:SecretUi3x@127.0.0.1:" + closed + "/tunnels", "refused");
      refused(unreachable + "?user=stub&api_token=SecretTk4x&clientSecret=SecretCs5x&AccessKey=SecretAk6x", "refused");
      refused(unreachable + "?PassWord=SecretPw7x", "refused");
      refused("jdbc:postgresql://stub:SecretWrong10x@" + reachable, "password authentication failed");
      refused("jdbc:postgresql://" + reachable + "?user=stub&password=SecretWrong11x", "password authentication failed");
      refused("mysql://stub:SecretUi3x@host/db?password=SecretPw1x&sslpassword=SecretSsl2x", "--store must be");
      String opened = "jdbc:postgresql://" + ThrowawayPostgres.USER + ":" + ThrowawayPostgres.PASSWORD + "@" + reachable
          + "?sslpassword=SecretSsl8x&x_token=SecretTk9x";
      try (TunnelStore store = TunnelStores.open(new StoreOptions(opened, null, null))) {
        assertThat(store.size()).isZero();
        assertThat(store.describe()).startsWith("postgresql //" + reachable + " (PostgreSQL")
            .contains("user " + ThrowawayPostgres.USER);
        messages.add(store.describe());
        messages.add(new StoreOptions(opened, null, null).toString());
      }
      List<ILoggingEvent> events = log.events();
      assertThat(events).as("log events captured").isNotEmpty();
      for (ILoggingEvent event : events) {
        assertNoSecret("log event", LogCapture.logged(event));
      }
    }
    assertThat(messages).hasSize(10);
    messages.forEach(message -> assertNoSecret("message", message));
  }

  @Test
  void redactionKeepsWhatIsNoSecret() {
    assertThat(TunnelStores.redacted(
        "jdbc:postgresql://u:SecretUi3x@h:5/db?sslkey=/k/client.pk8&sslpassword=SecretSsl2x&sslmode=verify-full"))
        .isEqualTo("jdbc:postgresql://u:***@h:5/db?sslkey=/k/client.pk8&sslpassword=***&sslmode=verify-full");
    assertThat(TunnelStores.redacted("jdbc:h2:file:/x;PASSWORD=SecretPw1x;CIPHER=AES;FILE_PASSWORD=SecretPw7x"))
        .isEqualTo("jdbc:h2:file:/x;PASSWORD=***;CIPHER=AES;FILE_PASSWORD=***");
    assertThat(TunnelStores.redacted("jdbc:postgresql://h/db?authToken=SecretTk4x&ApiKey=SecretAk6x"))
        .isEqualTo("jdbc:postgresql://h/db?authToken=***&ApiKey=***");
  }

  @Test
  void theCredentialsOfTheUrlGoToTheDriverAndTheFlagsWin() {
    PostgresLocation location = PostgresLocation.parse(
        "jdbc:postgresql://u%40x:p%21w@h:5/db?sslpassword=s&sslkey=/k&sslmode=require", null, null);
    assertThat(location.url()).isEqualTo("jdbc:postgresql://h:5/db?sslkey=/k&sslmode=require&connectTimeout=5");
    assertThat(location.connection()).containsEntry("user", "u@x").containsEntry("password", "p!w")
        .containsEntry("sslpassword", "s");
    PostgresLocation flagged = PostgresLocation.parse("jdbc:postgresql://u:p@h/db?password=q", "flag", "flagpw");
    assertThat(flagged.connection()).containsEntry("user", "flag").containsEntry("password", "flagpw");
    assertThat(flagged.scrub("saw p and q and flagpw")).isEqualTo("saw *** and *** and ***");
  }

  private void refused(String location, String expected) {
    StoreUnavailableException refused = catchThrowableOfType(StoreUnavailableException.class,
        () -> TunnelStores.open(new StoreOptions(location, null, null)));
    assertThat(refused).as(location).isNotNull();
    assertThat(refused.getMessage()).contains(expected);
    messages.add(refused.getMessage());
    for (Throwable cause = refused.getCause(); cause != null; cause = cause.getCause()) {
      messages.add(String.valueOf(cause.getMessage()));
    }
  }

  private static void assertNoSecret(String where, String text) {
    for (String secret : SECRETS) {
      assertThat(text).as("%s", where).doesNotContain(secret);
    }
    assertThat(text).as("%s", where).doesNotContain(ThrowawayPostgres.PASSWORD);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

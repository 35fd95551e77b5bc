package dev.magicgre.stub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store flags are taken out of the command line; the rest goes on to the other flags. */
class StoreOptionsTest {

  @Test
  void theStoreFlagsAreTakenAndTheOthersLeft() {
    StoreOptions.Split split = StoreOptions.split(new String[] {"--port", "0", "--store", "jdbc:postgresql://h/db",
        "--db-user", "u", "--db-password", "p", "--bind", "127.0.0.1"}, Map.of());

    assertThat(split.options()).isEqualTo(new StoreOptions("jdbc:postgresql://h/db", "u", "p"));
    assertThat(split.otherArguments()).containsExactly("--port", "0", "--bind", "127.0.0.1");
  }

  @Test
  void withoutFlagsTheStoreIsMemoryAndTheCredentialsComeFromPgUserAndPgPassword() {
    StoreOptions options = StoreOptions.split(new String[0], Map.of("PGUSER", "env-user", "PGPASSWORD", "env-pw")).options();

    assertThat(options).isEqualTo(new StoreOptions("memory", "env-user", "env-pw"));
  }

  @Test
  void flagsWinOverTheEnvironment() {
    StoreOptions options = StoreOptions.split(new String[] {"--db-user", "flag-user", "--db-password", "flag-pw"},
        Map.of("PGUSER", "env-user", "PGPASSWORD", "env-pw")).options();

    assertThat(options.user()).isEqualTo("flag-user");
    assertThat(options.password()).isEqualTo("flag-pw");
  }

  @Test
  void aFlagWithoutItsValueIsRefused() {
    assertThatThrownBy(() -> StoreOptions.split(new String[] {"--store"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("missing value after --store");
  }

  @Test
  void thePasswordIsNeverInTheTextOfTheOptions() {
    assertThat(new StoreOptions("memory", "u", "hunter2").toString()).doesNotContain("hunter2");
    assertThat(TunnelStores.redacted("jdbc:x://h/db?user=u&password=hunter2")).doesNotContain("hunter2");
  }
}

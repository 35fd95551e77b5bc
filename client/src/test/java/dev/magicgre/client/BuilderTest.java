package dev.magicgre.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builder refuses unusable configurations at build time and never shows a secret. */
class BuilderTest {

  private static final String TOKEN = "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY";
  private static final String KEY = "144c9defac04969c7bfad8efaa8ea194";

  @Test
  void credentialsAreRequired() {
    assertThatIllegalStateException().isThrownBy(() -> GreTunnelsClient.builder().build())
        .withMessageContaining("credentials are required");
  }

  @Test
  void bothSchemesAtOnceAreRefused() {
    assertThatIllegalStateException()
        .isThrownBy(() -> GreTunnelsClient.builder().apiToken(TOKEN).apiKey("user@example.com", KEY).build())
        .withMessageContaining("not several");
  }

  @Test
  void blankOrMultiLineCredentialsAreRefusedWithoutEchoingThem() {
    assertThatIllegalArgumentException().isThrownBy(() -> GreTunnelsClient.builder().apiToken(" ").build());
    assertThatIllegalArgumentException().isThrownBy(() -> GreTunnelsClient.builder().apiKey("user@example.com", null).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GreTunnelsClient.builder().apiToken(TOKEN + "\r\nX-Evil: 1").build())
        .withMessageNotContaining(TOKEN);
  }

  @Test
  void badSettingsAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> GreTunnelsClient.builder().maxRetries(-1));
    assertThatIllegalArgumentException().isThrownBy(() -> GreTunnelsClient.builder().readTimeout(Duration.ZERO));
    assertThatIllegalArgumentException().isThrownBy(() -> GreTunnelsClient.builder().connectTimeout(null));
    assertThatIllegalArgumentException().isThrownBy(() -> GreTunnelsClient.builder().baseUrl("ftp://example.com"));
    assertThatIllegalArgumentException().isThrownBy(() -> GreTunnelsClient.builder().baseUrl("not a url"));
  }

  @Test
  void toStringNamesTheSchemeButNeverTheSecret() {
    String withToken = GreTunnelsClient.builder().apiToken(TOKEN).build().toString();
    String withKey = GreTunnelsClient.builder().apiKey("user@example.com", KEY).build().toString();

    assertThat(withToken).contains("ApiToken").contains(GreTunnelsClient.DEFAULT_BASE_URL).doesNotContain(TOKEN);
    assertThat(withKey).contains("GlobalApiKey").doesNotContain(KEY).doesNotContain("user@example.com");
  }

  @Test
  void writeOptionsAreImmutableValuesThatLeaveTheFormToTheRequestByDefault() {
    WriteOptions defaults = WriteOptions.defaults();
    WriteOptions both = defaults.withNewTargetFormat(true).withValidateOnly(true);

    assertThat(defaults.newTargetFormat()).isEmpty();
    assertThat(defaults.validateOnly()).isFalse();
    assertThat(both.newTargetFormat()).contains(true);
    assertThat(both.validateOnly()).isTrue();
    assertThat(both).isEqualTo(WriteOptions.defaults().withValidateOnly(true).withNewTargetFormat(true));
    assertThat(defaults.withNewTargetFormat(false)).isNotEqualTo(defaults);
  }

  @Test
  void readOptionsAskForTheObjectFormByDefault() {
    assertThat(ReadOptions.defaults().newTargetFormat()).isTrue();
    assertThat(ReadOptions.defaults().withNewTargetFormat(false).newTargetFormat()).isFalse();
    assertThat(ReadOptions.defaults().withNewTargetFormat(false).withNewTargetFormat(true)).isEqualTo(ReadOptions.defaults());
  }
}

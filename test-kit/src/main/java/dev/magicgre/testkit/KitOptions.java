package dev.magicgre.testkit;

import java.time.Duration;

/**
 * What a test asked of its stub and client, from the annotation or the builder.
 *
 * @param apiToken the client's token, used when {@code apiEmail} is null
 * @param apiEmail with {@code apiKey}, the e-mail + Global API key scheme
 * @param apiKey the Global API key
 */
record KitOptions(String apiToken, String apiEmail, String apiKey, boolean newTargetFormat, Duration connectTimeout,
    Duration readTimeout, boolean resetBeforeEach, boolean controlApi) {

  static KitOptions of(GreTunnelsStubTest annotation) {
    boolean keyScheme = !annotation.apiEmail().isEmpty();
    return new KitOptions(annotation.apiToken(), keyScheme ? annotation.apiEmail() : null,
        keyScheme ? annotation.apiKey() : null, annotation.newTargetFormat(),
        Duration.ofMillis(annotation.connectTimeoutMillis()), Duration.ofMillis(annotation.readTimeoutMillis()),
        annotation.resetBeforeEach(), annotation.controlApi());
  }

  /** Never prints a credential. */
  @Override
  public String toString() {
    return "KitOptions[scheme=" + (apiEmail == null ? "token" : "key") + ", newTargetFormat=" + newTargetFormat
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", resetBeforeEach=" + resetBeforeEach
        + ", controlApi=" + controlApi + "]";
  }
}

package dev.magicgre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.magicgre.json.GreJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HealthCheckTargetTest {

  private final ObjectMapper mapper = GreJson.newObjectMapper();

  @Test
  void stringFormRoundTrips() throws Exception {
    HealthCheckTarget target = mapper.readValue("\"203.0.113.1\"", HealthCheckTarget.class);

    assertThat(target.isAddress()).isTrue();
    assertThat(target.asAddress()).isEqualTo("203.0.113.1");
    assertThat(mapper.writeValueAsString(target)).isEqualTo("\"203.0.113.1\"");
  }

  @Test
  void objectFormRoundTripsAndLeavesOutAbsentFields() throws Exception {
    HealthCheckTarget full = mapper.readValue("{\"saved\":\"\",\"effective\":\"203.0.113.1\"}", HealthCheckTarget.class);
    HealthCheckTarget savedOnly = mapper.readValue("{\"saved\":\"203.0.113.1\"}", HealthCheckTarget.class);

    assertThat(full).isEqualTo(HealthCheckTarget.ofSavedAndEffective("", "203.0.113.1"));
    assertThat(mapper.writeValueAsString(full)).isEqualTo("{\"saved\":\"\",\"effective\":\"203.0.113.1\"}");
    assertThat(mapper.writeValueAsString(savedOnly)).isEqualTo("{\"saved\":\"203.0.113.1\"}");
  }

  @ParameterizedTest(name = "{0} is refused")
  @CsvSource(delimiter = '|', value = {
      "42            | a number",
      "4.2           | a number",
      "[\"10.0.0.1\"] | an array",
      "true          | a boolean",
      "null          | null"})
  void otherJsonKindsAreRefusedWithAClearMessage(String json, String kind) {
    String body = "{\"enabled\":true,\"target\":" + json + "}";

    assertThatThrownBy(() -> mapper.readValue(body, GreTunnelHealthCheck.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("health_check.target must be a string or an object {\"saved\", \"effective\"}, not " + kind);
  }

  @Test
  void unionIsImmutable() {
    HealthCheckTarget target = HealthCheckTarget.ofObject(new MagicHealthCheckTarget().saved("10.0.0.1"));

    target.asObject().setSaved("changed");

    assertThat(target.saved()).isEqualTo("10.0.0.1");
  }

  @Test
  void askingForTheWrongFormSaysWhichFormItIs() {
    assertThatThrownBy(() -> HealthCheckTarget.ofAddress("10.0.0.1").asObject())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("string form");
    assertThatThrownBy(() -> HealthCheckTarget.ofSaved("10.0.0.1").asAddress())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("object form");
  }

  @Test
  void visitorSeesTheFormItHas() {
    HealthCheckTarget.Visitor<String> describe = new HealthCheckTarget.Visitor<>() {
      @Override
      public String visitAddress(String address) {
        return "address " + address;
      }

      @Override
      public String visitObject(MagicHealthCheckTarget object) {
        return "saved " + object.getSaved();
      }
    };

    assertThat(HealthCheckTarget.ofAddress("10.0.0.1").accept(describe)).isEqualTo("address 10.0.0.1");
    assertThat(HealthCheckTarget.ofSaved("10.0.0.2").accept(describe)).isEqualTo("saved 10.0.0.2");
  }
}

package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue #12, point 1: a tunnel's whole life across the six operations, as seen over HTTP. */
class TunnelLifecycleTest {

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  @Test
  void aCreatedTunnelIsListedGotUpdatedAndDeleted() {
    JsonNode created = Expect.success(STUB.http().create(Bodies.minimal("GRE_1")).send());
    String id = created.path("id").asText();

    assertThat(Expect.success(STUB.http().get(id).send()).path("gre_tunnel")).isEqualTo(created);
    assertThat(Expect.success(STUB.http().list().send()).path("gre_tunnels")).containsExactly(created);

    ObjectNode change = Bodies.set(Bodies.minimal("GRE_1_ISP_Y"), "/mtu", "1450");
    change.put("description", "Tunnel for ISP Y");
    JsonNode updated = Expect.success(STUB.http().update(id, change).send());
    assertThat(updated.path("modified").booleanValue()).isTrue();
    JsonNode tunnel = updated.path("modified_gre_tunnel");
    assertThat(tunnel.path("id").asText()).isEqualTo(id);
    assertThat(tunnel.path("name").asText()).isEqualTo("GRE_1_ISP_Y");
    assertThat(tunnel.path("mtu").intValue()).isEqualTo(1450);
    assertThat(tunnel.path("description").asText()).isEqualTo("Tunnel for ISP Y");
    assertThat(tunnel.path("created_on")).isEqualTo(created.path("created_on"));
    // compared as instants: as text, 04:00:03.42Z sorts before 04:00:03.4Z (the sweep caught that once)
    assertThat(java.time.OffsetDateTime.parse(tunnel.path("modified_on").asText()))
        .isAfter(java.time.OffsetDateTime.parse(created.path("modified_on").asText()));
    assertThat(Expect.success(STUB.http().get(id).send()).path("gre_tunnel")).isEqualTo(tunnel);

    JsonNode deleted = Expect.success(STUB.http().delete(id).send());
    assertThat(deleted.path("deleted").booleanValue()).isTrue();
    assertThat(deleted.path("deleted_gre_tunnel")).isEqualTo(tunnel);

    Expect.failure(STUB.http().get(id).send(), 404, 1024, null);
    Expect.failure(STUB.http().delete(id).send(), 404, 1024, null);
    assertThat(Expect.success(STUB.http().list().send()).path("gre_tunnels")).isEmpty();
  }

  @Test
  void theListIsInCreationOrderAcrossBothBodyShapes() {
    List<String> ids = new ArrayList<>();
    ids.add(Expect.success(STUB.http().create(Bodies.minimal("A")).send()).path("id").asText());
    JsonNode several = Expect.success(STUB.http().create(Bodies.several(Bodies.minimal("B"), Bodies.minimal("C"))).send());
    several.path("gre_tunnels").forEach(tunnel -> ids.add(tunnel.path("id").asText()));
    ids.add(Expect.success(STUB.http().create(Bodies.minimal("D")).send()).path("id").asText());

    JsonNode listed = Expect.success(STUB.http().list().send()).path("gre_tunnels");

    List<String> names = new ArrayList<>();
    List<String> listedIds = new ArrayList<>();
    listed.forEach(tunnel -> {
      names.add(tunnel.path("name").asText());
      listedIds.add(tunnel.path("id").asText());
    });
    assertThat(names).containsExactly("A", "B", "C", "D");
    assertThat(listedIds).isEqualTo(ids);
  }

  @Test
  void anUpdateIsAFullReplacementThatFillsTheDefaultsAgain() {
    ObjectNode full = Bodies.minimal("GRE_1");
    full.put("mtu", 1400).put("ttl", 32).put("description", "x").put("automatic_return_routing", true)
        .put("interface_address6", "2606:54c1:7:0:a9fe:12d2:1:200/127");
    full.putObject("health_check").put("enabled", false).put("rate", "low").put("target", "203.0.113.9");
    String id = Expect.success(STUB.http().create(full).send()).path("id").asText();

    JsonNode tunnel = Expect.success(STUB.http().update(id, Bodies.minimal("GRE_1")).send()).path("modified_gre_tunnel");

    assertThat(tunnel.path("mtu").intValue()).isEqualTo(1476);
    assertThat(tunnel.path("ttl").intValue()).isEqualTo(64);
    assertThat(tunnel.path("automatic_return_routing").booleanValue()).isFalse();
    assertThat(tunnel.has("description")).isFalse();
    assertThat(tunnel.has("interface_address6")).isFalse();
    assertThat(tunnel.path("health_check").path("enabled").booleanValue()).isTrue();
    assertThat(tunnel.path("health_check").path("rate").asText()).isEqualTo("mid");
    assertThat(tunnel.path("health_check").path("target").asText()).isEqualTo("203.0.113.2");
  }

  @Test
  void bgpAndItsStatusStayThroughAnUpdate() {
    ObjectNode withBgp = Bodies.with("/bgp", "{\"customer_asn\": 64512, \"extra_prefixes\": [\"192.0.2.0/24\"]}");
    JsonNode created = Expect.success(STUB.http().create(withBgp).send());

    JsonNode tunnel = Expect.success(STUB.http().update(created.path("id").asText(), Bodies.minimal("GRE_2")).send())
        .path("modified_gre_tunnel");

    assertThat(tunnel.path("bgp")).isEqualTo(created.path("bgp"));
    assertThat(tunnel.path("bgp_status")).isEqualTo(created.path("bgp_status"));
  }

  @Test
  void modifiedOnMovesOnEveryUpdateEvenWithinOneMillisecond() {
    String id = Expect.success(STUB.http().create(Bodies.minimal("GRE_1")).send()).path("id").asText();
    String before = Expect.success(STUB.http().get(id).send()).path("gre_tunnel").path("modified_on").asText();

    for (int i = 0; i < 5; i++) {
      String after = Expect.success(STUB.http().update(id, Bodies.minimal("GRE_1")).send())
          .path("modified_gre_tunnel").path("modified_on").asText();
      assertThat(java.time.OffsetDateTime.parse(after)).isAfter(java.time.OffsetDateTime.parse(before));
      before = after;
    }
  }

  @Test
  void severalTunnelsAreUpdatedAtOnceInTheOrderSent() {
    JsonNode created = Expect.success(STUB.http().create(Bodies.several(Bodies.minimal("A"), Bodies.minimal("B"))).send());
    String a = created.at("/gre_tunnels/0/id").asText();
    String b = created.at("/gre_tunnels/1/id").asText();

    // B first, and the two swap names: neither name is taken by a tunnel left as it was
    JsonNode updated = Expect.success(STUB.http().updateSeveral(Bodies.several(
        Bodies.withId(b, Bodies.minimal("A")), Bodies.withId(a, Bodies.minimal("B")))).send());

    assertThat(updated.path("modified").booleanValue()).isTrue();
    assertThat(updated.at("/modified_gre_tunnels/0/id").asText()).isEqualTo(b);
    assertThat(updated.at("/modified_gre_tunnels/0/name").asText()).isEqualTo("A");
    assertThat(updated.at("/modified_gre_tunnels/1/name").asText()).isEqualTo("B");
    JsonNode listed = Expect.success(STUB.http().list().send()).path("gre_tunnels");
    assertThat(listed.at("/0/id").asText()).as("creation order kept").isEqualTo(a);
    assertThat(listed.at("/0/name").asText()).isEqualTo("B");
    assertThat(listed.at("/1/name").asText()).isEqualTo("A");
  }

  @Test
  void everyAnswerHonoursTheTargetHeaderReadsIncluded() {
    ObjectNode body = Bodies.with("/health_check", "{\"target\": {\"saved\": \"\"}}");
    String id = Expect.success(STUB.http().create(body).header("x-magic-new-hc-target", "true").send()).path("id").asText();

    JsonNode asString = Expect.success(STUB.http().get(id).send()).at("/gre_tunnel/health_check/target");
    JsonNode asObject = Expect.success(STUB.http().get(id).header("x-magic-new-hc-target", "true").send())
        .at("/gre_tunnel/health_check/target");
    JsonNode listed = Expect.success(STUB.http().list().header("x-magic-new-hc-target", "TRUE").send())
        .at("/gre_tunnels/0/health_check/target");
    JsonNode deleted = Expect.success(STUB.http().delete(id).header("x-magic-new-hc-target", "false").send())
        .at("/deleted_gre_tunnel/health_check/target");

    assertThat(asString.asText()).isEqualTo("203.0.113.2");
    assertThat(asObject).isEqualTo(Bodies.parse("{\"saved\": \"\", \"effective\": \"203.0.113.2\"}"));
    assertThat(listed).isEqualTo(asObject);
    assertThat(deleted.asText()).isEqualTo("203.0.113.2");
  }

  @Test
  void aTunnelCreatedInStringFormReadsBackInObjectForm() {
    String id = Expect.success(STUB.http().create(Bodies.with("/health_check", "{\"target\": \"203.0.113.9\"}")).send())
        .path("id").asText();

    JsonNode target = Expect.success(STUB.http().get(id).header("x-magic-new-hc-target", "true").send())
        .at("/gre_tunnel/health_check/target");

    assertThat(target).isEqualTo(Bodies.parse("{\"saved\": \"203.0.113.9\", \"effective\": \"203.0.113.9\"}"));
  }

  @Test
  void validateOnlyAnswersEveryWriteAndChangesNothing() {
    JsonNode created = Expect.success(STUB.http().create(Bodies.minimal("GRE_1")).send());
    String id = created.path("id").asText();

    JsonNode wouldCreate = Expect.success(STUB.http().create(Bodies.several(Bodies.minimal("X"), Bodies.minimal("Y")))
        .query("validate_only=true").send());
    JsonNode wouldUpdate = Expect.success(STUB.http().update(id, Bodies.minimal("RENAMED")).query("validate_only=true").send());
    JsonNode wouldUpdateSeveral = Expect.success(STUB.http().updateSeveral(Bodies.several(Bodies.withId(id, Bodies.minimal("R2"))))
        .query("validate_only=true").send());
    JsonNode wouldDelete = Expect.success(STUB.http().delete(id).query("validate_only=true").send());

    assertThat(wouldCreate.path("gre_tunnels")).hasSize(2);
    assertThat(wouldUpdate.path("modified").booleanValue()).isFalse();
    assertThat(wouldUpdate.at("/modified_gre_tunnel/name").asText()).isEqualTo("RENAMED");
    assertThat(wouldUpdateSeveral.path("modified").booleanValue()).isFalse();
    assertThat(wouldUpdateSeveral.at("/modified_gre_tunnels/0/name").asText()).isEqualTo("R2");
    assertThat(wouldDelete.path("deleted").booleanValue()).isFalse();
    assertThat(wouldDelete.path("deleted_gre_tunnel")).isEqualTo(created);
    assertThat(Expect.success(STUB.http().list().send()).path("gre_tunnels")).containsExactly(created);
  }

  @Test
  void aDeleteTakesNoBodyAnEmptyOneOrAnEmptyObjectWithOrWithoutContentType() {
    List<StubHttp.Call> deletes = new ArrayList<>();
    deletes.add(STUB.http().delete(newTunnel("D1")));
    deletes.add(STUB.http().delete(newTunnel("D2")).body(""));
    deletes.add(STUB.http().delete(newTunnel("D3")).body("").header("Content-Type", "application/json"));
    deletes.add(STUB.http().delete(newTunnel("D4")).body("{}"));
    deletes.add(STUB.http().delete(newTunnel("D5")).body("{}").header("Content-Type", "application/json"));
    deletes.add(STUB.http().delete(newTunnel("D6")).body("{\"any\": [1]}").header("Content-Type", "application/json"));
    deletes.add(STUB.http().delete(newTunnel("D7")).header("Content-Type", "application/json"));

    for (StubHttp.Call delete : deletes) {
      assertThat(Expect.success(delete.send()).path("deleted").booleanValue()).isTrue();
    }
    assertThat(STUB.server().store().size()).isZero();
  }

  private static String newTunnel(String name) {
    return Expect.success(STUB.http().create(Bodies.minimal(name)).send()).path("id").asText();
  }
}

package dev.magicgre.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole resource, step by step, through one generated client (issue 20, item 2). Every step names the
 * operation it calls; a step that throws or reads back something else is recorded with its reason and the
 * steps after it still run, so that one report says everything a spec change broke for this generator.
 */
public final class Scenario {

  /** One step's result: null reason means passed. */
  public record StepResult(String step, String reason) {
    boolean passed() {
      return reason == null;
    }
  }

  private static final String STRING_TARGET = "198.51.100.7";
  private static final String OBJECT_SAVED = "198.51.100.8";

  private final GeneratedClient client;
  private final Map<String, TunnelView> created = new LinkedHashMap<>();
  private final List<StepResult> results = new ArrayList<>();

  Scenario(GeneratedClient client) {
    this.client = client;
  }

  /** Runs every step once, in order; the results, in order. */
  List<StepResult> run() {
    step("createGreTunnel: one tunnel, string target", () -> {
      TunnelView one = client.createOne(spec("GEN_STR", 10, STRING_TARGET), false, false);
      assertThat(one.id()).matches("[0-9a-f]{32}");
      assertThat(one.name()).isEqualTo("GEN_STR");
      assertThat(one.target()).isEqualTo(STRING_TARGET);
      created.put("string", one);
    });
    step("createGreTunnel: one tunnel, object target (x-magic-new-hc-target: true)", () -> {
      TunnelView one = client.createOne(spec("GEN_OBJ", 12, OBJECT_SAVED), true, false);
      assertThat(one.id()).matches("[0-9a-f]{32}");
      assertThat(one.target()).isEqualTo(TunnelView.objectTarget(OBJECT_SAVED, OBJECT_SAVED));
      created.put("object", one);
    });
    step("createGreTunnel: several tunnels ({\"gre_tunnels\": [...]})", () -> {
      List<TunnelView> several = client.createSeveral(List.of(spec("GEN_A", 14, null), spec("GEN_B", 16, null)), true);
      assertThat(several).extracting(TunnelView::name).containsExactly("GEN_A", "GEN_B");
      assertThat(several).extracting(TunnelView::id).allMatch(id -> id != null && id.matches("[0-9a-f]{32}"));
      created.put("a", several.get(0));
      created.put("b", several.get(1));
    });
    step("listGreTunnels: string form", () -> assertThat(client.list(false))
        .filteredOn(t -> "GEN_OBJ".equals(t.name())).extracting(TunnelView::target).containsExactly(OBJECT_SAVED));
    step("listGreTunnels: object form", () -> assertThat(client.list(true))
        .filteredOn(t -> "GEN_STR".equals(t.name())).extracting(TunnelView::target)
        .containsExactly(TunnelView.objectTarget(STRING_TARGET, STRING_TARGET)));
    step("getGreTunnel: string form", () ->
        assertThat(client.get(id("object"), false).target()).isEqualTo(OBJECT_SAVED));
    step("getGreTunnel: object form", () -> assertThat(client.get(id("string"), true).target())
        .isEqualTo(TunnelView.objectTarget(STRING_TARGET, STRING_TARGET)));
    step("updateGreTunnel: one tunnel", () -> {
      TunnelView updated = client.updateOne(id("object"), spec("GEN_OBJ", 12, OBJECT_SAVED, "updated once"), true);
      assertThat(updated.description()).isEqualTo("updated once");
      assertThat(client.get(id("object"), true).description()).isEqualTo("updated once");
    });
    step("updateGreTunnels: several tunnels", () -> {
      List<TunnelView> updated = client.updateSeveral(List.of(id("a"), id("b")),
          List.of(spec("GEN_A", 14, null, "updated a"), spec("GEN_B", 16, null, "updated b")), true);
      assertThat(updated).extracting(TunnelView::description).containsExactly("updated a", "updated b");
    });
    step("createGreTunnel: validate_only=true stores nothing", () -> {
      int before = client.list(true).size();
      TunnelView checked = client.createOne(spec("GEN_DRY", 18, OBJECT_SAVED), true, true);
      assertThat(checked.name()).isEqualTo("GEN_DRY");
      assertThat(client.list(true)).hasSize(before).extracting(TunnelView::name).doesNotContain("GEN_DRY");
    });
    step("createGreTunnel: a refused request (name with a space) surfaces as the generator's error type", () -> {
      int before = client.list(true).size();
      Refusal refusal = client.refusal(() -> client.createOne(spec("BAD NAME", 20, OBJECT_SAVED), true, false));
      assertThat(refusal.status()).isEqualTo(400);
      assertThat(refusal.success()).isFalse();
      assertThat(refusal.firstCode()).isNotNull();
      assertThat(refusal.firstMessage()).isNotBlank();
      assertThat(client.list(true)).hasSize(before);
    });
    step("deleteGreTunnel", () -> assertThat(client.delete(id("string")).id()).isEqualTo(id("string")));
    step("getGreTunnel: 404 after the delete", () -> {
      Refusal refusal = client.refusal(() -> client.get(id("string"), true));
      assertThat(refusal.status()).isEqualTo(404);
      assertThat(refusal.success()).isFalse();
      assertThat(refusal.firstCode()).isNotNull();
    });
    return List.copyOf(results);
  }

  private String id(String key) {
    return Objects.requireNonNull(created.get(key), "an earlier step did not create tunnel '" + key + "'").id();
  }

  private static TunnelSpec spec(String name, int n, String target) {
    return spec(name, n, target, null);
  }

  private static TunnelSpec spec(String name, int n, String target, String description) {
    return new TunnelSpec(name, "198.51.100." + n, "10.212.0." + n + "/31", description, target);
  }

  private void step(String name, GeneratedClient.ThrowingCall body) {
    try {
      body.run();
      results.add(new StepResult(name, null));
    } catch (Throwable failure) {
      results.add(new StepResult(name, reason(failure)));
    }
  }

  private static String reason(Throwable failure) {
    String message = String.valueOf(failure.getMessage()).strip().replaceAll("\\s+", " ");
    return failure.getClass().getSimpleName() + ": " + (message.length() > 300 ? message.substring(0, 300) + "..." : message);
  }
}

package dev.magicgre.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelsCreated;
import java.util.List;

/**
 * Between a tunnel and the {@code result} of a create answer ({@link GreTunnelsCreated}). The spec gives that
 * result one schema for both shapes (every member of a tunnel, or only {@code gre_tunnels}) so that generated
 * clients can read it; here the one-tunnel shape becomes a {@link GreTunnel} again and back, member for member,
 * through the project's one Jackson setup, so no field can be forgotten by a hand-written copy.
 */
public final class CreateAnswers {

  private static final ObjectMapper MAPPER = GreJson.newObjectMapper();

  private CreateAnswers() {
  }

  /** The result of a create of one: the tunnel's members. */
  public static GreTunnelsCreated ofOne(GreTunnel tunnel) {
    return MAPPER.convertValue(tunnel, GreTunnelsCreated.class);
  }

  /** The result of a create of several: only {@code gre_tunnels}. */
  public static GreTunnelsCreated ofSeveral(List<GreTunnel> tunnels) {
    return new GreTunnelsCreated().greTunnels(tunnels);
  }

  /** True when the result has the several-at-once shape. */
  public static boolean isSeveral(GreTunnelsCreated result) {
    return result.getGreTunnels() != null;
  }

  /** The tunnel of a result of the one-tunnel shape. */
  public static GreTunnel tunnel(GreTunnelsCreated result) {
    return MAPPER.convertValue(result, GreTunnel.class);
  }
}

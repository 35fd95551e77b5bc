package dev.magicgre.stub.tunnel;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.json.GreJson;
import dev.magicgre.model.GreTunnelCreateRequest;

/**
 * An update's body as the fields of a create: the generated update types ({@code GreTunnelUpdateRequest},
 * {@code GreTunnelsUpdateItem}) hold the same fields as {@link GreTunnelCreateRequest} without {@code bgp} but
 * share no type with it, so {@link TunnelFactory} is written once, for the create request, and an update is
 * converted to one through JSON (the project's one mapper; unknown members such as {@code id} are dropped).
 */
public final class UpdateRequests {

  private static final ObjectMapper MAPPER = GreJson.newObjectMapper();

  private UpdateRequests() {
  }

  public static GreTunnelCreateRequest asCreateRequest(Object update) {
    return MAPPER.convertValue(update, GreTunnelCreateRequest.class);
  }
}

package dev.magicgre.stub;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelCreateResponse;
import dev.magicgre.server.api.GreTunnelsApi;
import dev.magicgre.stub.http.ApiProblem;
import dev.magicgre.stub.http.ErrorCode;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.tunnel.TunnelFactory;
import dev.magicgre.stub.validation.TargetForm;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;

/**
 * The stub's implementation of the generated interface. By the time a call gets here, filters have checked
 * the route's parameters and the credentials, and the body reader has checked every rule of the body; what
 * is left is the name's uniqueness in the account, and storing (unless {@code validate_only}).
 */
@Singleton
public final class GreTunnelsResource implements GreTunnelsApi {

  private final TunnelStore store;
  private final TunnelFactory factory;

  @Inject
  public GreTunnelsResource(TunnelStore store, TunnelFactory factory) {
    this.store = store;
    this.factory = factory;
  }

  @Override
  public GreTunnelCreateResponse createGreTunnel(String accountId, GreTunnelCreateRequest request,
      Boolean newTargetFormat, Boolean validateOnly) {
    if (request == null) {
      // Jersey calls with no request when there is no body to read; the filters refuse that first, this is a guard
      throw ApiProblem.of(ErrorCode.MALFORMED_JSON, "Malformed JSON in request body: the body is empty");
    }
    GreTunnel tunnel = factory.create(request, TargetForm.fromHeader(Boolean.TRUE.equals(newTargetFormat)));
    boolean accepted = Boolean.TRUE.equals(validateOnly)
        ? !store.nameTaken(accountId, tunnel.getName())
        : store.insertIfNameFree(accountId, tunnel);
    if (!accepted) {
      throw ApiProblem.at(ErrorCode.DUPLICATE_NAME, "/name",
          "name \"" + tunnel.getName() + "\" is already used by a GRE tunnel of this account");
    }
    return new GreTunnelCreateResponse(true, new ArrayList<>(), new ArrayList<>(), tunnel);
  }
}

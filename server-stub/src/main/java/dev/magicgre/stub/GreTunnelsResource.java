package dev.magicgre.stub;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelCreateResponse;
import dev.magicgre.model.GreTunnelDeleteResponse;
import dev.magicgre.model.GreTunnelGetResponse;
import dev.magicgre.model.GreTunnelListResponse;
import dev.magicgre.model.GreTunnelUpdateRequest;
import dev.magicgre.model.GreTunnelUpdateResponse;
import dev.magicgre.model.GreTunnelsCreateBody;
import dev.magicgre.model.GreTunnelsCreateResult;
import dev.magicgre.model.GreTunnelsUpdateRequest;
import dev.magicgre.model.GreTunnelsUpdateResponse;
import dev.magicgre.server.api.GreTunnelsApi;
import dev.magicgre.stub.http.ApiProblem;
import dev.magicgre.stub.http.ErrorCode;
import dev.magicgre.stub.store.NameTakenException;
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
  public GreTunnelsCreateResult createGreTunnel(String accountId, GreTunnelsCreateBody body,
      Boolean newTargetFormat, Boolean validateOnly) {
    if (!(body instanceof GreTunnelCreateRequest request)) {
      // Jersey calls with no request when there is no body to read; the filters refuse that first, this is a guard
      throw ApiProblem.of(ErrorCode.MALFORMED_JSON, "Malformed JSON in request body: the body is empty");
    }
    GreTunnel tunnel = factory.create(request, TargetForm.fromHeader(Boolean.TRUE.equals(newTargetFormat)));
    try {
      store.insertAll(accountId, java.util.List.of(tunnel),
          Boolean.TRUE.equals(validateOnly) ? TunnelStore.Write.DRY_RUN : TunnelStore.Write.COMMIT);
    } catch (NameTakenException taken) {
      throw ApiProblem.at(ErrorCode.DUPLICATE_NAME, "/name",
          "name \"" + tunnel.getName() + "\" is already used by a GRE tunnel of this account");
    }
    return new GreTunnelCreateResponse(true, new ArrayList<>(), new ArrayList<>(), tunnel);
  }

  // the five operations below are being built (issue 12); until then they answer 405 as before
  @Override
  public GreTunnelListResponse listGreTunnels(String accountId, Boolean newTargetFormat) {
    throw notYet();
  }

  @Override
  public GreTunnelGetResponse getGreTunnel(String accountId, String greTunnelId, Boolean newTargetFormat) {
    throw notYet();
  }

  @Override
  public GreTunnelUpdateResponse updateGreTunnel(String accountId, String greTunnelId, GreTunnelUpdateRequest request,
      Boolean newTargetFormat, Boolean validateOnly) {
    throw notYet();
  }

  @Override
  public GreTunnelsUpdateResponse updateGreTunnels(String accountId, GreTunnelsUpdateRequest request,
      Boolean newTargetFormat, Boolean validateOnly) {
    throw notYet();
  }

  @Override
  public GreTunnelDeleteResponse deleteGreTunnel(String accountId, String greTunnelId, Boolean newTargetFormat,
      Boolean validateOnly, Object body) {
    throw notYet();
  }

  private static ApiProblem notYet() {
    return ApiProblem.of(ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed for that URI");
  }
}

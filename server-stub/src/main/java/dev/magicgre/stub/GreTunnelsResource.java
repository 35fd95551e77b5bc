package dev.magicgre.stub;

import dev.magicgre.json.CreateAnswers;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelDeleteResponse;
import dev.magicgre.model.GreTunnelDeleteResult;
import dev.magicgre.model.GreTunnelGetResponse;
import dev.magicgre.model.GreTunnelGetResult;
import dev.magicgre.model.GreTunnelList;
import dev.magicgre.model.GreTunnelListResponse;
import dev.magicgre.model.GreTunnelUpdateRequest;
import dev.magicgre.model.GreTunnelUpdateResponse;
import dev.magicgre.model.GreTunnelUpdateResult;
import dev.magicgre.model.GreTunnelsCreateBody;
import dev.magicgre.model.GreTunnelsCreateRequest;
import dev.magicgre.model.GreTunnelsCreateResult;
import dev.magicgre.model.GreTunnelsUpdateItem;
import dev.magicgre.model.GreTunnelsUpdateRequest;
import dev.magicgre.model.GreTunnelsUpdateResponse;
import dev.magicgre.model.GreTunnelsUpdateResult;
import dev.magicgre.server.api.GreTunnelsApi;
import dev.magicgre.stub.answer.CreatedTunnel;
import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import dev.magicgre.stub.http.StreamedTunnelList;
import dev.magicgre.stub.store.NameTakenException;
import dev.magicgre.stub.store.TunnelNotFoundException;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.store.TunnelStore.TunnelChange;
import dev.magicgre.stub.store.TunnelStore.Write;
import dev.magicgre.stub.tunnel.TargetForms;
import dev.magicgre.stub.tunnel.TunnelFactory;
import dev.magicgre.stub.tunnel.UpdateRequests;
import dev.magicgre.stub.validation.TargetForm;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The stub's implementation of the generated interface, one method per operation. By the time a call gets
 * here, filters have checked the route's parameters and the credentials, and the body reader has checked every
 * rule of the body; what is left is what needs the store (the tunnel exists, names are free in the account),
 * which the store checks in the same step as the write. Every answer carries the target form the request's
 * header asks for.
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
  public GreTunnelListResponse listGreTunnels(String accountId, Boolean newTargetFormat) {
    TargetForm form = form(newTargetFormat);
    // streamed: the store hands the tunnels over while the answer is written, never all at once; the writer
    // answers the bytes it kept instead while the account's stamp is unchanged
    return StreamedTunnelList.stamped(accountId, form, () -> store.stamp(accountId),
        each -> store.forEachStamped(accountId, tunnel -> each.accept(TargetForms.render(tunnel, form))));
  }

  @Override
  public GreTunnelGetResponse getGreTunnel(String accountId, String greTunnelId, Boolean newTargetFormat) {
    GreTunnel tunnel = store.find(accountId, greTunnelId).orElseThrow(StoreRefusals::notFound);
    return new GreTunnelGetResponse(true, new ArrayList<>(), new ArrayList<>(),
        new GreTunnelGetResult(TargetForms.render(tunnel, form(newTargetFormat))));
  }

  @Override
  public GreTunnelsCreateResult createGreTunnel(String accountId, GreTunnelsCreateBody body,
      Boolean newTargetFormat, Boolean validateOnly) {
    if (body instanceof GreTunnelCreateRequest one) {
      GreTunnel tunnel = factory.create(one);
      insert(accountId, List.of(tunnel), "", validateOnly);
      return new GreTunnelsCreateResult(true, new ArrayList<>(), new ArrayList<>(),
          CreatedTunnel.of(TargetForms.render(tunnel, form(newTargetFormat))));
    }
    if (body instanceof GreTunnelsCreateRequest several) {
      List<GreTunnel> tunnels = new ArrayList<>();
      several.getGreTunnels().forEach(request -> tunnels.add(factory.create(request)));
      insert(accountId, tunnels, "/gre_tunnels/", validateOnly);
      return new GreTunnelsCreateResult(true, new ArrayList<>(), new ArrayList<>(),
          CreateAnswers.ofSeveral(TargetForms.render(tunnels, form(newTargetFormat))));
    }
    // Jersey calls with no body when there is none to read; the filters refuse that first, this is a guard
    throw ApiProblem.of(ErrorCode.MALFORMED_JSON, "Malformed JSON in request body: the body is empty");
  }

  @Override
  public GreTunnelUpdateResponse updateGreTunnel(String accountId, String greTunnelId, GreTunnelUpdateRequest request,
      Boolean newTargetFormat, Boolean validateOnly) {
    GreTunnelCreateRequest fields = UpdateRequests.asCreateRequest(request);
    List<GreTunnel> replaced = replace(accountId,
        List.of(new TunnelChange(greTunnelId, stored -> factory.replace(stored, fields))), List.of(fields.getName()), "",
        validateOnly);
    return new GreTunnelUpdateResponse(true, new ArrayList<>(), new ArrayList<>(),
        new GreTunnelUpdateResult(!dryRun(validateOnly), TargetForms.render(replaced.get(0), form(newTargetFormat))));
  }

  @Override
  public GreTunnelsUpdateResponse updateGreTunnels(String accountId, GreTunnelsUpdateRequest request,
      Boolean newTargetFormat, Boolean validateOnly) {
    List<TunnelChange> changes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (GreTunnelsUpdateItem item : request.getGreTunnels()) {
      GreTunnelCreateRequest fields = UpdateRequests.asCreateRequest(item);
      changes.add(new TunnelChange(item.getId(), stored -> factory.replace(stored, fields)));
      names.add(fields.getName());
    }
    List<GreTunnel> replaced = replace(accountId, changes, names, "/gre_tunnels/", validateOnly);
    return new GreTunnelsUpdateResponse(true, new ArrayList<>(), new ArrayList<>(),
        new GreTunnelsUpdateResult(!dryRun(validateOnly), TargetForms.render(replaced, form(newTargetFormat))));
  }

  @Override
  public GreTunnelDeleteResponse deleteGreTunnel(String accountId, String greTunnelId, Boolean newTargetFormat,
      Boolean validateOnly, Object body) {
    GreTunnel deleted = store.delete(accountId, greTunnelId, write(validateOnly)).orElseThrow(StoreRefusals::notFound);
    return new GreTunnelDeleteResponse(true, new ArrayList<>(), new ArrayList<>(),
        new GreTunnelDeleteResult(!dryRun(validateOnly), TargetForms.render(deleted, form(newTargetFormat))));
  }

  /** Stores the tunnels (or, with validate_only, only checks that it could); {@code at} prefixes the pointers. */
  private void insert(String accountId, List<GreTunnel> tunnels, String at, Boolean validateOnly) {
    try {
      store.insertAll(accountId, tunnels, write(validateOnly));
    } catch (NameTakenException taken) {
      throw StoreRefusals.namesTaken(taken, names(tunnels), at);
    }
  }

  /** Replaces the tunnels; {@code names} are the new names, in the order of the changes, for the pointers. */
  private List<GreTunnel> replace(String accountId, List<TunnelChange> changes, List<String> names, String at,
      Boolean validateOnly) {
    try {
      return store.replaceAll(accountId, changes, write(validateOnly));
    } catch (TunnelNotFoundException missing) {
      throw StoreRefusals.notFound(missing, changes.stream().map(TunnelChange::id).toList(), at);
    } catch (NameTakenException taken) {
      throw StoreRefusals.namesTaken(taken, names, at);
    }
  }

  private static List<String> names(List<GreTunnel> tunnels) {
    return tunnels.stream().map(GreTunnel::getName).toList();
  }

  private static GreTunnelListResponse listResponse(List<GreTunnel> tunnels) {
    return new GreTunnelListResponse(true, new ArrayList<>(), new ArrayList<>(), new GreTunnelList(tunnels));
  }

  private static TargetForm form(Boolean newTargetFormat) {
    return TargetForm.fromHeader(Boolean.TRUE.equals(newTargetFormat));
  }

  private static boolean dryRun(Boolean validateOnly) {
    return Boolean.TRUE.equals(validateOnly);
  }

  private static Write write(Boolean validateOnly) {
    return dryRun(validateOnly) ? Write.DRY_RUN : Write.COMMIT;
  }
}

package dev.magicgre.generated;

import dev.magicgre.gen.okhttpgson.client.ApiClient;
import dev.magicgre.gen.okhttpgson.client.ApiException;
import dev.magicgre.gen.okhttpgson.client.api.GreTunnelsApi;
import dev.magicgre.gen.okhttpgson.client.model.ApiErrorResponse;
import dev.magicgre.gen.okhttpgson.client.model.GreTunnel;
import dev.magicgre.gen.okhttpgson.client.model.GreTunnelCreateRequest;
import dev.magicgre.gen.okhttpgson.client.model.GreTunnelHealthCheck;
import dev.magicgre.gen.okhttpgson.client.model.GreTunnelHealthCheckRequest;
import dev.magicgre.gen.okhttpgson.client.model.GreTunnelUpdateRequest;
import dev.magicgre.gen.okhttpgson.client.model.GreTunnelsCreateBody;
import dev.magicgre.gen.okhttpgson.client.model.GreTunnelsCreateRequest;
import dev.magicgre.gen.okhttpgson.client.model.GreTunnelsCreated;
import dev.magicgre.gen.okhttpgson.client.model.GreTunnelsUpdateItem;
import dev.magicgre.gen.okhttpgson.client.model.GreTunnelsUpdateRequest;
import dev.magicgre.gen.okhttpgson.client.model.MagicHealthCheckTargetRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** openapi-generator {@code java}, library {@code okhttp-gson} (its default: OkHttp, Gson), default options. */
final class OkHttpGsonClient implements GeneratedClient {

  private final GreTunnelsApi api;

  OkHttpGsonClient(URI baseUri, String token) {
    ApiClient client = new ApiClient().setBasePath(baseUri.toString());
    client.setBearerToken(token);
    this.api = new GreTunnelsApi(client);
  }

  @Override
  public TunnelView createOne(TunnelSpec tunnel, boolean objectForm, boolean validateOnly) throws Exception {
    GreTunnelsCreated result = api.createGreTunnel(ACCOUNT, new GreTunnelsCreateBody(request(tunnel, objectForm)),
        objectForm, validateOnly).getResult();
    return new TunnelView(result.getId(), result.getName(), result.getDescription(), target(result.getHealthCheck()));
  }

  @Override
  public List<TunnelView> createSeveral(List<TunnelSpec> tunnels, boolean objectForm) throws Exception {
    List<GreTunnelCreateRequest> requests = new ArrayList<>();
    tunnels.forEach(t -> requests.add(request(t, objectForm)));
    return views(api.createGreTunnel(ACCOUNT, new GreTunnelsCreateBody(new GreTunnelsCreateRequest().greTunnels(requests)),
        objectForm, false).getResult().getGreTunnels());
  }

  @Override
  public List<TunnelView> list(boolean objectForm) throws Exception {
    return views(api.listGreTunnels(ACCOUNT, objectForm).getResult().getGreTunnels());
  }

  @Override
  public TunnelView get(String id, boolean objectForm) throws Exception {
    return view(api.getGreTunnel(ACCOUNT, id, objectForm).getResult().getGreTunnel());
  }

  @Override
  public TunnelView updateOne(String id, TunnelSpec tunnel, boolean objectForm) throws Exception {
    GreTunnelUpdateRequest body = new GreTunnelUpdateRequest().name(tunnel.name())
        .cloudflareGreEndpoint(TunnelSpec.CLOUDFLARE_ENDPOINT).customerGreEndpoint(tunnel.customerEndpoint())
        .interfaceAddress(tunnel.interfaceAddress()).description(tunnel.description())
        .healthCheck(healthCheck(tunnel, objectForm));
    return view(api.updateGreTunnel(ACCOUNT, id, body, objectForm, false).getResult().getModifiedGreTunnel());
  }

  @Override
  public List<TunnelView> updateSeveral(List<String> ids, List<TunnelSpec> tunnels, boolean objectForm)
      throws Exception {
    List<GreTunnelsUpdateItem> items = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      TunnelSpec tunnel = tunnels.get(i);
      items.add(new GreTunnelsUpdateItem().id(ids.get(i)).name(tunnel.name())
          .cloudflareGreEndpoint(TunnelSpec.CLOUDFLARE_ENDPOINT).customerGreEndpoint(tunnel.customerEndpoint())
          .interfaceAddress(tunnel.interfaceAddress()).description(tunnel.description())
          .healthCheck(healthCheck(tunnel, objectForm)));
    }
    return views(api.updateGreTunnels(ACCOUNT, new GreTunnelsUpdateRequest().greTunnels(items), objectForm, false)
        .getResult().getModifiedGreTunnels());
  }

  @Override
  public TunnelView delete(String id) throws Exception {
    // an empty object: with null the generated client sends the JSON literal null, which is not the optional body
    return view(api.deleteGreTunnel(ACCOUNT, id, true, false, java.util.Map.of()).getResult().getDeletedGreTunnel());
  }

  @Override
  public Refusal refusal(ThrowingCall call) {
    try {
      call.run();
    } catch (ApiException refused) {
      try {
        ApiErrorResponse envelope = ApiErrorResponse.fromJson(refused.getResponseBody());
        return new Refusal(refused.getClass().getName(), refused.getCode(), envelope.getSuccess(),
            envelope.getErrors().get(0).getCode(), envelope.getErrors().get(0).getMessage());
      } catch (Exception unreadable) {
        throw new AssertionError("the error envelope did not read into ApiErrorResponse: " + unreadable, unreadable);
      }
    } catch (Exception other) {
      throw new AssertionError("refused with " + other.getClass().getName() + ", not the generator's ApiException", other);
    }
    throw new AssertionError("the call was not refused");
  }

  private static GreTunnelCreateRequest request(TunnelSpec tunnel, boolean objectForm) {
    return new GreTunnelCreateRequest().name(tunnel.name()).cloudflareGreEndpoint(TunnelSpec.CLOUDFLARE_ENDPOINT)
        .customerGreEndpoint(tunnel.customerEndpoint()).interfaceAddress(tunnel.interfaceAddress())
        .description(tunnel.description()).healthCheck(healthCheck(tunnel, objectForm));
  }

  private static GreTunnelHealthCheckRequest healthCheck(TunnelSpec tunnel, boolean objectForm) {
    if (tunnel.target() == null) {
      return null;
    }
    // the target is typed Object: a String for the string form, the generated object-form model for the other
    Object target = objectForm ? new MagicHealthCheckTargetRequest().saved(tunnel.target()) : tunnel.target();
    return new GreTunnelHealthCheckRequest().target(target);
  }

  private static List<TunnelView> views(List<GreTunnel> tunnels) {
    return tunnels.stream().map(OkHttpGsonClient::view).toList();
  }

  private static TunnelView view(GreTunnel tunnel) {
    return new TunnelView(tunnel.getId(), tunnel.getName(), tunnel.getDescription(), target(tunnel.getHealthCheck()));
  }

  private static String target(GreTunnelHealthCheck healthCheck) {
    return healthCheck == null ? null : Targets.read(healthCheck.getTarget());
  }
}

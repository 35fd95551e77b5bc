package dev.magicgre.generated;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.gen.javanative.client.ApiClient;
import dev.magicgre.gen.javanative.client.ApiException;
import dev.magicgre.gen.javanative.client.api.GreTunnelsApi;
import dev.magicgre.gen.javanative.client.model.ApiErrorResponse;
import dev.magicgre.gen.javanative.client.model.GreTunnel;
import dev.magicgre.gen.javanative.client.model.GreTunnelCreateRequest;
import dev.magicgre.gen.javanative.client.model.GreTunnelHealthCheck;
import dev.magicgre.gen.javanative.client.model.GreTunnelHealthCheckRequest;
import dev.magicgre.gen.javanative.client.model.GreTunnelUpdateRequest;
import dev.magicgre.gen.javanative.client.model.GreTunnelsCreateBody;
import dev.magicgre.gen.javanative.client.model.GreTunnelsCreateRequest;
import dev.magicgre.gen.javanative.client.model.GreTunnelsCreated;
import dev.magicgre.gen.javanative.client.model.GreTunnelsUpdateItem;
import dev.magicgre.gen.javanative.client.model.GreTunnelsUpdateRequest;
import dev.magicgre.gen.javanative.client.model.MagicHealthCheckTargetRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

/** openapi-generator {@code java}, library {@code native} (JDK HttpClient, Jackson), default options. */
final class NativeClient implements GeneratedClient {

  private final GreTunnelsApi api;

  NativeClient(URI baseUri, String token) {
    // the JDK client tries an HTTP/2 upgrade by default, which Grizzly on plain HTTP does not answer
    ApiClient client = new ApiClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1),
        ApiClient.createDefaultObjectMapper(), baseUri.toString());
    // the native library has no auth support of its own: the header goes on through the request interceptor
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
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
        ApiErrorResponse envelope = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue(refused.getResponseBody(), ApiErrorResponse.class);
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
    return tunnels.stream().map(NativeClient::view).toList();
  }

  private static TunnelView view(GreTunnel tunnel) {
    return new TunnelView(tunnel.getId(), tunnel.getName(), tunnel.getDescription(), target(tunnel.getHealthCheck()));
  }

  private static String target(GreTunnelHealthCheck healthCheck) {
    return healthCheck == null ? null : Targets.read(healthCheck.getTarget());
  }
}

package dev.magicgre.generated;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.gen.resttemplate.client.ApiClient;
import dev.magicgre.gen.resttemplate.client.api.GreTunnelsApi;
import dev.magicgre.gen.resttemplate.client.model.ApiErrorResponse;
import dev.magicgre.gen.resttemplate.client.model.GreTunnel;
import dev.magicgre.gen.resttemplate.client.model.GreTunnelCreateRequest;
import dev.magicgre.gen.resttemplate.client.model.GreTunnelHealthCheck;
import dev.magicgre.gen.resttemplate.client.model.GreTunnelHealthCheckRequest;
import dev.magicgre.gen.resttemplate.client.model.GreTunnelUpdateRequest;
import dev.magicgre.gen.resttemplate.client.model.GreTunnelsCreateBody;
import dev.magicgre.gen.resttemplate.client.model.GreTunnelsCreated;
import dev.magicgre.gen.resttemplate.client.model.GreTunnelsUpdateItem;
import dev.magicgre.gen.resttemplate.client.model.GreTunnelsUpdateRequest;
import dev.magicgre.gen.resttemplate.client.model.MagicHealthCheckTargetRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.jackson.nullable.JsonNullableModule;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.RestTemplate;

/**
 * openapi-generator {@code java}, library {@code resttemplate} (Spring RestTemplate, Jackson), default options.
 * This library has no oneOf classes: it merges the variants of a oneOf into one class with all their members,
 * so the create body is one class for both forms. A create of one leaves {@code gre_tunnels} as generated (an
 * empty list, which the API ignores beside a tunnel); a create of several fills only {@code gre_tunnels} (the
 * tunnel members the merged class writes beside it, as null, are ignored). The target is typed {@code Object}.
 */
final class RestTemplateClient implements GeneratedClient {

  private final GreTunnelsApi api;

  RestTemplateClient(URI baseUri, String token) {
    // the generated ApiClient leaves Spring's default ObjectMapper as it is. Two settings it needs: unset members
    // left out rather than written as null, which the API refuses; and the module of the JsonNullable that the
    // model uses for the target (typed Object, so nullable), without which no tunnel can be written or read
    RestTemplate template = new RestTemplate();
    template.getMessageConverters().stream().filter(MappingJackson2HttpMessageConverter.class::isInstance)
        .map(MappingJackson2HttpMessageConverter.class::cast)
        .forEach(json -> json.getObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .registerModule(new JsonNullableModule()));
    ApiClient client = new ApiClient(template).setBasePath(baseUri.toString());
    client.setBearerToken(token);
    this.api = new GreTunnelsApi(client);
  }

  @Override
  public TunnelView createOne(TunnelSpec tunnel, boolean objectForm, boolean validateOnly) {
    GreTunnelsCreateBody body = new GreTunnelsCreateBody().name(tunnel.name())
        .cloudflareGreEndpoint(TunnelSpec.CLOUDFLARE_ENDPOINT).customerGreEndpoint(tunnel.customerEndpoint())
        .interfaceAddress(tunnel.interfaceAddress()).description(tunnel.description())
        .healthCheck(healthCheck(tunnel, objectForm));
    GreTunnelsCreated result = api.createGreTunnel(ACCOUNT, body, objectForm, validateOnly).getResult();
    return new TunnelView(result.getId(), result.getName(), result.getDescription(), target(result.getHealthCheck()));
  }

  @Override
  public List<TunnelView> createSeveral(List<TunnelSpec> tunnels, boolean objectForm) {
    List<GreTunnelCreateRequest> requests = new ArrayList<>();
    tunnels.forEach(t -> requests.add(new GreTunnelCreateRequest().name(t.name())
        .cloudflareGreEndpoint(TunnelSpec.CLOUDFLARE_ENDPOINT).customerGreEndpoint(t.customerEndpoint())
        .interfaceAddress(t.interfaceAddress()).description(t.description()).healthCheck(healthCheck(t, objectForm))));
    GreTunnelsCreateBody body = new GreTunnelsCreateBody().greTunnels(requests);
    return views(api.createGreTunnel(ACCOUNT, body, objectForm, false).getResult().getGreTunnels());
  }

  @Override
  public List<TunnelView> list(boolean objectForm) {
    return views(api.listGreTunnels(ACCOUNT, objectForm).getResult().getGreTunnels());
  }

  @Override
  public TunnelView get(String id, boolean objectForm) {
    return view(api.getGreTunnel(ACCOUNT, id, objectForm).getResult().getGreTunnel());
  }

  @Override
  public TunnelView updateOne(String id, TunnelSpec tunnel, boolean objectForm) {
    GreTunnelUpdateRequest body = new GreTunnelUpdateRequest().name(tunnel.name())
        .cloudflareGreEndpoint(TunnelSpec.CLOUDFLARE_ENDPOINT).customerGreEndpoint(tunnel.customerEndpoint())
        .interfaceAddress(tunnel.interfaceAddress()).description(tunnel.description())
        .healthCheck(healthCheck(tunnel, objectForm));
    return view(api.updateGreTunnel(ACCOUNT, id, body, objectForm, false).getResult().getModifiedGreTunnel());
  }

  @Override
  public List<TunnelView> updateSeveral(List<String> ids, List<TunnelSpec> tunnels, boolean objectForm) {
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
  public TunnelView delete(String id) {
    // an empty object, as for every generated client: the body is optional, but JSON null is not an object
    return view(api.deleteGreTunnel(ACCOUNT, id, true, false, Map.of()).getResult().getDeletedGreTunnel());
  }

  @Override
  public Refusal refusal(ThrowingCall call) {
    try {
      call.run();
    } catch (RestClientResponseException refused) {
      try {
        ApiErrorResponse envelope = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue(refused.getResponseBodyAsString(), ApiErrorResponse.class);
        return new Refusal(refused.getClass().getName(), refused.getStatusCode().value(), envelope.getSuccess(),
            envelope.getErrors().get(0).getCode(), envelope.getErrors().get(0).getMessage());
      } catch (Exception unreadable) {
        throw new AssertionError("the error envelope did not read into ApiErrorResponse: " + unreadable, unreadable);
      }
    } catch (Exception other) {
      throw new AssertionError("refused with " + other.getClass().getName() + ", not RestClientResponseException", other);
    }
    throw new AssertionError("the call was not refused");
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
    return tunnels.stream().map(RestTemplateClient::view).toList();
  }

  private static TunnelView view(GreTunnel tunnel) {
    return new TunnelView(tunnel.getId(), tunnel.getName(), tunnel.getDescription(), target(tunnel.getHealthCheck()));
  }

  private static String target(GreTunnelHealthCheck healthCheck) {
    return healthCheck == null ? null : Targets.read(healthCheck.getTarget());
  }
}

package dev.magicgre.stub.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.stub.ControlApiSettings;
import dev.magicgre.stub.fidelity.FidelityLedger;
import dev.magicgre.stub.gateway.GatewayState;
import dev.magicgre.stub.http.ApiProblemMapper;
import dev.magicgre.stub.http.BodySizeLimitFilter;
import dev.magicgre.stub.http.LazyHttpHandler;
import dev.magicgre.stub.http.ObjectMapperProvider;
import dev.magicgre.stub.http.UnexpectedExceptionMapper;
import dev.magicgre.stub.http.WebApplicationExceptionMapper;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.tunnel.TunnelSeeder;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mounts the control API at {@code /__stub} on the stub's own listener, as a second Jersey application beside
 * the Cloudflare API's: so the API's filters (credentials, Content-Type, route shape) never see a control call
 * and the API behaves exactly as without it. Only {@code --control-api} installs it.
 */
public final class ControlApi {

  public static final String CONTEXT_PATH = "/__stub";

  private static final Logger LOG = LoggerFactory.getLogger(ControlApi.class);

  private ControlApi() {
  }

  /**
   * Call before the server starts. The control API's Jersey application (and the fidelity ledger it serves) is
   * built on its first request, not here: a start that never calls it (most test classes) does not pay for a
   * second Jersey application.
   */
  public static void install(HttpServer server, TunnelStore store, TunnelSeeder seeder, ObjectMapper mapper,
      ControlApiSettings settings, GatewayState gateway, long maxBodyBytes) {
    LazyHttpHandler container = new LazyHttpHandler("control-api", () -> ContainerFactory.createContainer(
        GrizzlyHttpContainer.class, application(store, seeder, mapper, settings, gateway, maxBodyBytes)));
    server.getServerConfiguration().addHttpHandler(container,
        HttpHandlerRegistration.builder().contextPath(CONTEXT_PATH).build());
    LOG.info("Control API on {}/ ({})", CONTEXT_PATH,
        settings.token() == null ? "no token required" : "control token required");
  }

  static ResourceConfig application(TunnelStore store, TunnelSeeder seeder, ObjectMapper mapper,
      ControlApiSettings settings, GatewayState gateway, long maxBodyBytes) {
    ResourceConfig config = new ResourceConfig();
    config.setApplicationName("magic-gre-stub-control");
    // registered as a class with its collaborators bound (an instance draws a false "provider ignored" warning)
    config.register(ControlResource.class);
    config.register(new AbstractBinder() {
      @Override
      protected void configure() {
        bind(store).to(TunnelStore.class);
        bind(seeder).to(TunnelSeeder.class);
        bind(new ProviderStateHandlers(store, seeder, mapper)).to(ProviderStateHandlers.class);
        bind(new ControlJson(mapper)).to(ControlJson.class);
        bind(FidelityLedger.load(mapper)).to(FidelityLedger.class);
        bind(gateway).to(GatewayState.class);
      }
    });
    // not a cross-site target: no foreign Origin, JSON bodies only, no bigger than the API's
    config.register(new CrossSiteGuard());
    config.register(new BodySizeLimitFilter(maxBodyBytes));
    if (settings.token() != null) {
      config.register(new ControlTokenFilter(settings.token()));
    }
    config.register(JacksonFeature.withoutExceptionMappers());
    config.register(new ObjectMapperProvider(mapper));
    // the API's mappers: every control failure is the same JSON envelope
    config.register(ApiProblemMapper.class);
    config.register(WebApplicationExceptionMapper.class);
    config.register(UnexpectedExceptionMapper.class);
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
    config.property(ServerProperties.BV_FEATURE_DISABLE, true);
    config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    return config;
  }
}

package dev.magicgre.stub;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.stub.answer.AnswerJson;
import dev.magicgre.stub.auth.Identities;
import dev.magicgre.stub.http.AlwaysJsonFilter;
import dev.magicgre.stub.http.ApiProblemMapper;
import dev.magicgre.stub.http.BodilessErrorFilter;
import dev.magicgre.stub.http.EnvelopeWriter;
import dev.magicgre.stub.http.StreamedTunnelListWriter;
import dev.magicgre.stub.http.RequestBodyReader;
import dev.magicgre.stub.http.RouteChecks;
import dev.magicgre.stub.http.UndeclaredMethodFilter;
import dev.magicgre.stub.http.UnexpectedExceptionMapper;
import dev.magicgre.stub.http.WebApplicationExceptionMapper;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.tunnel.TunnelFactory;
import java.time.Clock;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The one place the Jersey application is put together, used by {@code main}, the tests and the contract
 * tests alike. Everything is registered explicitly (no classpath scanning): that is the whole list.
 */
public final class StubApplication {

  private StubApplication() {
  }

  public static ResourceConfig create(TunnelStore store, Identities identities, ObjectMapper mapper, Clock clock,
      long maxBodyBytes) {
    return create(store, identities, mapper, clock, maxBodyBytes, StubSettings.DEFAULT_BODY_READ_TIMEOUT_SECONDS);
  }

  public static ResourceConfig create(TunnelStore store, Identities identities, ObjectMapper mapper, Clock clock,
      long maxBodyBytes, int bodyReadTimeoutSeconds) {
    ResourceConfig config = new ResourceConfig();
    config.setApplicationName("magic-gre-stub");
    // registered as a class (an instance of a class whose @Path sits on its interface draws a false
    // "provider will be ignored" warning from Jersey); its collaborators are bound for injection
    config.register(GreTunnelsResource.class);
    config.register(new AbstractBinder() {
      @Override
      protected void configure() {
        bind(store).to(TunnelStore.class);
        bind(new TunnelFactory(clock)).to(TunnelFactory.class);
      }
    });

    // JSON: the request bodies through their rules (RequestBodyReader), the answers with writers built once
    // (EnvelopeWriter); Jersey's general Jackson provider is not registered, so these two are the only ones
    config.register(new RequestBodyReader(mapper));
    ObjectMapper answers = AnswerJson.writerOf(mapper);
    config.register(new EnvelopeWriter(answers));
    config.register(new StreamedTunnelListWriter(answers));

    // the checks every request needs, in the order they run: Accept before matching, then OPTIONS and HEAD
    // refused; RouteChecks binds the rest to the operations that need them (body size and deadline, Content-Type
    // of a create or update, route shape, credentials), each with its place in that order by its priority
    config.register(AlwaysJsonFilter.class);
    config.register(UndeclaredMethodFilter.SentMethod.class);
    config.register(UndeclaredMethodFilter.class);
    config.register(new RouteChecks(identities, maxBodyBytes, bodyReadTimeoutSeconds));

    // every failure becomes Cloudflare's envelope
    config.register(ApiProblemMapper.class);
    config.register(WebApplicationExceptionMapper.class);
    config.register(UnexpectedExceptionMapper.class);
    config.register(BodilessErrorFilter.class);

    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
    config.property(ServerProperties.BV_FEATURE_DISABLE, true);
    // nothing registers itself from the classpath either (jersey-media-json-jackson would add its provider)
    config.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
    // nor does Jersey bind its default providers of types the API never reads or writes (DataSource, the XML
    // Source kinds, RenderedImage): their binders load JAXP and AWT classes at every start
    config.property(CommonProperties.PROVIDER_DEFAULT_DISABLE, "ALL");
    // answer every status ourselves: never let the container render an HTML error page
    config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    return config;
  }
}

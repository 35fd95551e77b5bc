package dev.magicgre.testkit;

import dev.magicgre.client.WriteOptions;
import dev.magicgre.client.GreTunnelsClient;
import dev.magicgre.stub.auth.Identities;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The stub in a JUnit 5 test, like WireMock's {@code WireMockExtension}. Declarative: {@link GreTunnelsStubTest}
 * on the class. Programmatic, with options in code and the stub reachable from the field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static GreTunnelsStubExtension stub = GreTunnelsStubExtension.builder().newTargetFormat(true).build();
 * }</pre>
 *
 * <p>A static field (or the annotation) starts one stub per class, before {@code @BeforeAll}, and stops it after
 * the class, {@code @Nested} classes included; an instance field starts one per test. Unless told not to, the
 * stub's state is emptied before each test. Test and lifecycle methods may take a {@link GreTunnelsStubRuntimeInfo},
 * a {@link GreTunnelsClient}, a {@link StubState} or a {@link WriteOptions} parameter.
 */
public final class GreTunnelsStubExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  /** Set by the builder; null for the declarative form, which reads the annotation. */
  private final KitOptions configured;
  private KitStub running;
  /** The unique id of the context that started {@link #running}: only that context stops it. */
  private String owner;

  /** For {@code @ExtendWith} / {@link GreTunnelsStubTest}: the options come from the annotation. */
  public GreTunnelsStubExtension() {
    this(null);
  }

  private GreTunnelsStubExtension(KitOptions configured) {
    this.configured = configured;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    startFor(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    startFor(context);
    if (options(context).resetBeforeEach()) {
      running.state().reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stopFor(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stopFor(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == GreTunnelsStubRuntimeInfo.class || type == GreTunnelsClient.class || type == StubState.class
        || type == WriteOptions.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    startFor(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == GreTunnelsStubRuntimeInfo.class) {
      return running.runtimeInfo();
    }
    if (type == GreTunnelsClient.class) {
      return running.client();
    }
    if (type == StubState.class) {
      return running.state();
    }
    if (type == WriteOptions.class) {
      return running.writeOptions();
    }
    throw new ParameterResolutionException("not a stub parameter: " + type);
  }

  /** Where the running stub listens (programmatic form); only between the start and the stop. */
  public GreTunnelsStubRuntimeInfo runtimeInfo() {
    return started().runtimeInfo();
  }

  /** Shorthand for {@code runtimeInfo().baseUrl()}. */
  public String baseUrl() {
    return started().runtimeInfo().baseUrl();
  }

  public GreTunnelsClient client() {
    return started().client();
  }

  public StubState state() {
    return started().state();
  }

  /** {@code WriteOptions.defaults()} with the target form the extension was given. */
  public WriteOptions writeOptions() {
    return started().writeOptions();
  }

  private KitStub started() {
    if (running == null) {
      throw new IllegalStateException("the stub runs only while its test class (static field) or test (instance field) runs");
    }
    return running;
  }

  private void startFor(ExtensionContext context) {
    if (running == null) {
      running = KitStub.start(options(context));
      owner = context.getUniqueId();
    }
  }

  private void stopFor(ExtensionContext context) {
    if (running != null && context.getUniqueId().equals(owner)) {
      running.close();
      running = null;
      owner = null;
    }
  }

  private KitOptions options(ExtensionContext context) {
    if (configured != null) {
      return configured;
    }
    return annotation(context).map(KitOptions::of).orElseGet(() -> builder().options());
  }

  /** The annotation on the test class or, for a {@code @Nested} class, on a class enclosing it. */
  private static Optional<GreTunnelsStubTest> annotation(ExtensionContext context) {
    for (Class<?> type = context.getTestClass().orElse(null); type != null; type = type.getEnclosingClass()) {
      Optional<GreTunnelsStubTest> found = AnnotationSupport.findAnnotation(type, GreTunnelsStubTest.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The programmatic form's options; the defaults are the annotation's. */
  public static final class Builder {

    private String apiToken = Identities.EXAMPLE_TOKEN;
    private String apiEmail;
    private String apiKey;
    private boolean newTargetFormat;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(10);
    private boolean resetBeforeEach = true;
    private boolean controlApi = true;

    private Builder() {
    }

    /** The injected client's API token (default: the stub's example token, which may write to its example accounts). */
    public Builder apiToken(String token) {
      this.apiToken = Objects.requireNonNull(token, "token");
      this.apiEmail = null;
      this.apiKey = null;
      return this;
    }

    /** The injected client uses the e-mail + Global API key scheme instead of a token. */
    public Builder apiKey(String email, String key) {
      this.apiEmail = Objects.requireNonNull(email, "email");
      this.apiKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /** The target form of the injected {@link WriteOptions}: true is the object form. */
    public Builder newTargetFormat(boolean newTargetFormat) {
      this.newTargetFormat = newTargetFormat;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** False keeps the state from one test to the next. */
    public Builder resetBeforeEach(boolean reset) {
      this.resetBeforeEach = reset;
      return this;
    }

    /** False: no {@code /__stub/} control API on the stub's listener. */
    public Builder controlApi(boolean on) {
      this.controlApi = on;
      return this;
    }

    public GreTunnelsStubExtension build() {
      return new GreTunnelsStubExtension(options());
    }

    KitOptions options() {
      return new KitOptions(apiToken, apiEmail, apiKey, newTargetFormat, connectTimeout, readTimeout, resetBeforeEach,
          controlApi);
    }
  }
}

package dev.magicgre.client;

import dev.magicgre.client.generated.ApiClient;
import dev.magicgre.client.generated.ApiException;
import dev.magicgre.client.generated.ApiResponse;
import dev.magicgre.client.generated.api.GreTunnelsApi;
import dev.magicgre.json.GreJson;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelsCreateResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Java client of Cloudflare's Magic "Create a GRE tunnel" endpoint. It returns the created tunnel (the
 * envelope's {@code result}), throws a {@link CloudflareApiException} subclass for every failure, checks its
 * arguments before any I/O and retries what is worth retrying. Thread-safe: build one and share it.
 *
 * <p>The HTTP work is done by the client generated from the spec ({@code dev.magicgre.client.generated});
 * this class only shapes it.
 */
public final class GreTunnelsClient {

  public static final String DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";
  public static final String USER_AGENT = "magic-gre-java/1.0";
  public static final int DEFAULT_MAX_RETRIES = 2;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(GreTunnelsClient.class);

  private final String baseUrl;
  private final Credentials credentials;
  private final GreTunnelsApi api;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final ErrorTranslator errorTranslator;

  private GreTunnelsClient(Builder builder, Credentials credentials) {
    this.baseUrl = builder.baseUrl;
    this.credentials = credentials;
    this.retryPolicy = new RetryPolicy(builder.maxRetries, builder.random, builder.clock);
    this.sleeper = builder.sleeper;
    this.errorTranslator = new ErrorTranslator(new ErrorEnvelopeParser(GreJson.newObjectMapper()));
    this.api = new GreTunnelsApi(generatedClient(builder, credentials));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Creates a tunnel with {@link CreateOptions#defaults()}: string-form target, really stored. */
  public GreTunnel createGreTunnel(String accountId, GreTunnelCreateRequest request) {
    return createGreTunnel(accountId, request, CreateOptions.defaults());
  }

  /**
   * Creates a tunnel.
   *
   * @return the created tunnel (with {@code validate_only}, the tunnel that would have been created)
   * @throws IllegalArgumentException before any I/O, for a blank or too long account id, a null request or
   *     options, or a request without one of its required fields
   * @throws CloudflareApiException once the call failed and the retries, if any apply, are spent
   */
  public GreTunnel createGreTunnel(String accountId, GreTunnelCreateRequest request, CreateOptions options) {
    CreateArguments.check(accountId, request, options);
    int retries = 0;
    while (true) {
      try {
        return attempt(accountId, request, options);
      } catch (CloudflareApiException failure) {
        if (!retryPolicy.shouldRetry(failure, retries)) {
          throw failure;
        }
        retries++;
        Duration delay = retryPolicy.delayBefore(retries, failure);
        LOG.debug("createGreTunnel failed ({}); retry {} of {} in {} ms",
            failure.getMessage(), retries, retryPolicy.maxRetries(), delay.toMillis());
        waitOrGiveUp(delay, failure);
      }
    }
  }

  private GreTunnel attempt(String accountId, GreTunnelCreateRequest request, CreateOptions options) {
    ApiResponse<GreTunnelsCreateResult> response;
    CapturedResponse.clear();
    try {
      // the header is always sent, false included: the contract pins the string form explicitly
      response = api.createGreTunnelWithHttpInfo(accountId, request, options.newTargetFormat(),
          options.validateOnly() ? Boolean.TRUE : null);
    } catch (ApiException failure) {
      throw errorTranslator.translate(failure, CapturedResponse.last());
    } finally {
      CapturedResponse.clear();
    }
    return SuccessEnvelope.unwrap(response);
  }

  private void waitOrGiveUp(Duration delay, CloudflareApiException failure) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      failure.addSuppressed(interrupted);
      throw failure;
    }
  }

  private static ApiClient generatedClient(Builder builder, Credentials credentials) {
    // HTTP/1.1: the JDK client would otherwise try an h2c upgrade, which Grizzly (the stub) never answers
    HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    ApiClient client = new ApiClient(http, GreJson.newObjectMapper(), builder.baseUrl);
    client.setConnectTimeout(builder.connectTimeout);
    client.setReadTimeout(builder.readTimeout);
    client.setRequestInterceptor(request -> {
      request.setHeader("User-Agent", USER_AGENT);
      credentials.applyTo(request);
    });
    client.setResponseInterceptor(CapturedResponse::record);
    return client;
  }

  @Override
  public String toString() {
    return "GreTunnelsClient[baseUrl=" + baseUrl + ", credentials=" + credentials
        + ", maxRetries=" + retryPolicy.maxRetries() + "]";
  }

  /** Configures a {@link GreTunnelsClient}; exactly one credential scheme is required. */
  public static final class Builder {

    private String baseUrl = DEFAULT_BASE_URL;
    private String apiToken;
    private String email;
    private String apiKey;
    private boolean gatewayCredentials;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private Sleeper sleeper = Sleeper.REAL;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /** The API root including {@code /client/v4}; default {@value GreTunnelsClient#DEFAULT_BASE_URL}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = normaliseBaseUrl(baseUrl);
      return this;
    }

    /** API token scheme ({@code Authorization: Bearer ...}), the one Cloudflare recommends. */
    public Builder apiToken(String token) {
      this.apiToken = token;
      return this;
    }

    /** Global API key scheme ({@code X-Auth-Email} and {@code X-Auth-Key}). */
    public Builder apiKey(String email, String key) {
      this.email = email;
      this.apiKey = key;
      return this;
    }

    /**
     * Send no credential headers, for deployments where a gateway or egress proxy adds them. Should it not,
     * the API answers 400 code 9106, thrown as {@link AuthenticationException}.
     */
    public Builder credentialsAddedByGateway() {
      this.gatewayCredentials = true;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requirePositive(timeout, "connectTimeout");
      return this;
    }

    /** How long one attempt may wait for the response headers; an expiry counts as a connection failure. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = requirePositive(timeout, "readTimeout");
      return this;
    }

    /** Retries after the first attempt; 0 disables retrying. Default {@value GreTunnelsClient#DEFAULT_MAX_RETRIES}. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more, got " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** Test seam: how to wait between attempts. */
    Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /** Test seam: the jitter source, a value in [0, 1). */
    Builder random(DoubleSupplier random) {
      this.random = random;
      return this;
    }

    /** Test seam: the clock an HTTP-date {@code Retry-After} is measured against. */
    Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * @throws IllegalStateException when no credentials or both schemes were given
     * @throws IllegalArgumentException when a credential is blank or contains control characters
     */
    public GreTunnelsClient build() {
      boolean token = apiToken != null;
      boolean key = email != null || apiKey != null;
      int schemes = (token ? 1 : 0) + (key ? 1 : 0) + (gatewayCredentials ? 1 : 0);
      if (schemes > 1) {
        throw new IllegalStateException("give one of apiToken(..), apiKey(..) or credentialsAddedByGateway(), not several");
      }
      if (schemes == 0) {
        throw new IllegalStateException(
            "credentials are required: apiToken(..), apiKey(email, key) or credentialsAddedByGateway()");
      }
      Credentials credentials = gatewayCredentials ? Credentials.addedByGateway()
          : token ? Credentials.token(apiToken) : Credentials.globalKey(email, apiKey);
      return new GreTunnelsClient(this, credentials);
    }

    private static String normaliseBaseUrl(String url) {
      if (url == null || url.isBlank()) {
        throw new IllegalArgumentException("baseUrl must not be blank");
      }
      URI uri;
      try {
        uri = URI.create(url.strip());
      } catch (IllegalArgumentException malformed) {
        throw new IllegalArgumentException("baseUrl is not a valid URI: " + url, malformed);
      }
      if (!List.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase(java.util.Locale.ROOT))
          || uri.getHost() == null) {
        throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, got " + url);
      }
      String text = uri.toString();
      // the generated client appends "/accounts/..." to the base as text; a trailing slash would double it
      return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static Duration requirePositive(Duration duration, String name) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be a positive duration");
      }
      return duration;
    }
  }
}

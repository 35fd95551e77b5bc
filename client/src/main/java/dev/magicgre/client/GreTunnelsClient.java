package dev.magicgre.client;

import dev.magicgre.client.generated.ApiClient;
import dev.magicgre.client.generated.api.GreTunnelsApi;
import dev.magicgre.json.GreJson;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelHealthCheckRequest;
import dev.magicgre.model.GreTunnelUpdateRequest;
import dev.magicgre.model.GreTunnelsCreateRequest;
import dev.magicgre.model.GreTunnelsUpdateItem;
import dev.magicgre.model.GreTunnelsUpdateRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * The Java client of Cloudflare's Magic GRE tunnels API: list, get, create (one or several), update (one or
 * several) and delete. Each method returns what the envelope's {@code result} holds, in a plain Java type
 * (the tunnel, or a {@code List} of tunnels), throws a {@link CloudflareApiException} subclass for every
 * failure, checks its arguments before any I/O and retries what is worth retrying. Thread-safe: build one
 * and share it.
 *
 * <p>{@code x-magic-new-hc-target} takes care of itself: a write sends it to match the form of the
 * {@code health_check.target}s it carries; reads ask for the object form unless told otherwise.
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

  private static final String WRITE_DEFAULTS = "WriteOptions.defaults()";
  private static final String READ_DEFAULTS = "ReadOptions.defaults()";

  private final String baseUrl;
  private final Credentials credentials;
  private final GreTunnelsApi api;
  private final CallRunner runner;

  private GreTunnelsClient(Builder builder, Credentials credentials) {
    this.baseUrl = builder.baseUrl;
    this.credentials = credentials;
    this.runner = new CallRunner(new RetryPolicy(builder.maxRetries, builder.random, builder.clock), builder.sleeper,
        new ErrorTranslator(new ErrorEnvelopeParser(GreJson.newObjectMapper())));
    this.api = new GreTunnelsApi(generatedClient(builder, credentials));
  }

  public static Builder builder() {
    return new Builder();
  }

  // ---- reads ----

  /** The account's tunnels in creation order (empty when it has none), targets in object form. */
  public List<GreTunnel> listGreTunnels(String accountId) {
    return listGreTunnels(accountId, ReadOptions.defaults());
  }

  /**
   * The account's tunnels in creation order; an empty list when it has none.
   *
   * @throws IllegalArgumentException before any I/O, for a blank or too long account id or null options
   * @throws CloudflareApiException once the call failed and the retries, if any apply, are spent
   */
  public List<GreTunnel> listGreTunnels(String accountId, ReadOptions options) {
    Arguments.checkAccount(accountId);
    Arguments.checkOptions(options, READ_DEFAULTS);
    return SuccessEnvelope.listed(runner.run("listGreTunnels",
        () -> api.listGreTunnelsWithHttpInfo(accountId, options.newTargetFormat())));
  }

  /** One tunnel, target in object form. */
  public GreTunnel getGreTunnel(String accountId, String tunnelId) {
    return getGreTunnel(accountId, tunnelId, ReadOptions.defaults());
  }

  /**
   * One tunnel of the account.
   *
   * @throws IllegalArgumentException before any I/O, for a blank or too long account id, a tunnel id that is
   *     not 32 lowercase hexadecimal characters, or null options
   * @throws NotFoundException when the account has no tunnel of that id (code 1024)
   * @throws CloudflareApiException for any other failure, once the retries are spent
   */
  public GreTunnel getGreTunnel(String accountId, String tunnelId, ReadOptions options) {
    Arguments.checkTunnel(accountId, tunnelId);
    Arguments.checkOptions(options, READ_DEFAULTS);
    return SuccessEnvelope.got(runner.run("getGreTunnel",
        () -> api.getGreTunnelWithHttpInfo(accountId, tunnelId, options.newTargetFormat())));
  }

  // ---- creates ----

  /** Creates a tunnel with {@link WriteOptions#defaults()}: header from the target's form, really stored. */
  public GreTunnel createGreTunnel(String accountId, GreTunnelCreateRequest request) {
    return createGreTunnel(accountId, request, WriteOptions.defaults());
  }

  /**
   * Creates a tunnel (the body is the tunnel).
   *
   * @return the created tunnel (with {@code validate_only}, the tunnel that would have been created)
   * @throws IllegalArgumentException before any I/O, for a blank or too long account id, a null request or
   *     options, a request without one of its required fields, or an option contradicting the target's form
   * @throws CloudflareApiException once the call failed and the retries, if any apply, are spent
   */
  public GreTunnel createGreTunnel(String accountId, GreTunnelCreateRequest request, WriteOptions options) {
    Arguments.checkAccount(accountId);
    Arguments.checkCreate(request, "request");
    Arguments.checkOptions(options, WRITE_DEFAULTS);
    boolean newTargetFormat = TargetFormHeader.decide(options,
        TargetFormHeader.of(request.getHealthCheck(), "health_check.target").stream().toList());
    return SuccessEnvelope.created(runner.run("createGreTunnel", () -> api.createGreTunnelWithHttpInfo(accountId,
        request, newTargetFormat, validateOnly(options))));
  }

  /** Creates several tunnels at once with {@link WriteOptions#defaults()}. */
  public List<GreTunnel> createGreTunnels(String accountId, List<GreTunnelCreateRequest> requests) {
    return createGreTunnels(accountId, requests, WriteOptions.defaults());
  }

  /**
   * Creates several tunnels at once (the body is {@code {"gre_tunnels": [...]}}): all are stored or none.
   *
   * @return the created tunnels, in the order of {@code requests}
   * @throws IllegalArgumentException before any I/O, for a blank or too long account id, a null or empty
   *     list, a null entry, an entry without one of its required fields, targets in both forms, or an option
   *     contradicting the targets' form
   * @throws CloudflareApiException once the call failed and the retries, if any apply, are spent
   */
  public List<GreTunnel> createGreTunnels(String accountId, List<GreTunnelCreateRequest> requests,
      WriteOptions options) {
    Arguments.checkAccount(accountId);
    Arguments.checkList(requests, "requests");
    List<TargetFormHeader.PlacedTarget> targets = checkEntries(requests, Arguments::checkCreate,
        GreTunnelCreateRequest::getHealthCheck);
    Arguments.checkOptions(options, WRITE_DEFAULTS);
    boolean newTargetFormat = TargetFormHeader.decide(options, targets);
    GreTunnelsCreateRequest body = new GreTunnelsCreateRequest(List.copyOf(requests));
    return SuccessEnvelope.createdSeveral(runner.run("createGreTunnels",
        () -> api.createGreTunnelWithHttpInfo(accountId, body, newTargetFormat, validateOnly(options))));
  }

  // ---- updates ----

  /** Updates a tunnel with {@link WriteOptions#defaults()}. */
  public GreTunnel updateGreTunnel(String accountId, String tunnelId, GreTunnelUpdateRequest request) {
    return updateGreTunnel(accountId, tunnelId, request, WriteOptions.defaults());
  }

  /**
   * Replaces the updatable fields of a tunnel: an optional field left out takes its default again, so start
   * from {@link GreTunnelUpdates#from(GreTunnel)} to change one field and keep the others.
   *
   * @return the tunnel as it is after the update (with {@code validate_only}, as it would be)
   * @throws IllegalArgumentException before any I/O, for a blank or too long account id, a malformed tunnel
   *     id, a null request or options, a request without one of its required fields, or an option
   *     contradicting the target's form
   * @throws NotFoundException when the account has no tunnel of that id (code 1024)
   * @throws CloudflareApiException for any other failure (400 code 1004: another tunnel has the name), once
   *     the retries are spent
   */
  public GreTunnel updateGreTunnel(String accountId, String tunnelId, GreTunnelUpdateRequest request,
      WriteOptions options) {
    Arguments.checkTunnel(accountId, tunnelId);
    Arguments.checkUpdate(request);
    Arguments.checkOptions(options, WRITE_DEFAULTS);
    boolean newTargetFormat = TargetFormHeader.decide(options,
        TargetFormHeader.of(request.getHealthCheck(), "health_check.target").stream().toList());
    return SuccessEnvelope.updated(runner.run("updateGreTunnel", () -> api.updateGreTunnelWithHttpInfo(accountId,
        tunnelId, request, newTargetFormat, validateOnly(options))));
  }

  /** Updates several tunnels at once with {@link WriteOptions#defaults()}. */
  public List<GreTunnel> updateGreTunnels(String accountId, List<GreTunnelsUpdateItem> updates) {
    return updateGreTunnels(accountId, updates, WriteOptions.defaults());
  }

  /**
   * Updates several tunnels at once (each entry names its tunnel by {@code id}): all are changed or none.
   *
   * @return the tunnels as they are after the update, in the order of {@code updates}
   * @throws IllegalArgumentException before any I/O, for a blank or too long account id, a null or empty
   *     list, a null entry, an entry without a well-formed id or one of its required fields, targets in both
   *     forms, or an option contradicting the targets' form
   * @throws NotFoundException when an id names no tunnel of the account (nothing changed)
   * @throws CloudflareApiException for any other failure, once the retries are spent
   */
  public List<GreTunnel> updateGreTunnels(String accountId, List<GreTunnelsUpdateItem> updates,
      WriteOptions options) {
    Arguments.checkAccount(accountId);
    Arguments.checkList(updates, "updates");
    List<TargetFormHeader.PlacedTarget> targets = checkEntries(updates, Arguments::checkUpdateItem,
        GreTunnelsUpdateItem::getHealthCheck);
    Arguments.checkOptions(options, WRITE_DEFAULTS);
    boolean newTargetFormat = TargetFormHeader.decide(options, targets);
    GreTunnelsUpdateRequest body = new GreTunnelsUpdateRequest(List.copyOf(updates));
    return SuccessEnvelope.updatedSeveral(runner.run("updateGreTunnels",
        () -> api.updateGreTunnelsWithHttpInfo(accountId, body, newTargetFormat, validateOnly(options))));
  }

  // ---- delete ----

  /** Deletes a tunnel with {@link WriteOptions#defaults()} (the answer's target in object form). */
  public GreTunnel deleteGreTunnel(String accountId, String tunnelId) {
    return deleteGreTunnel(accountId, tunnelId, WriteOptions.defaults());
  }

  /**
   * Deletes a tunnel.
   *
   * @return the tunnel as it was (with {@code validate_only}, the tunnel that would have been deleted)
   * @throws IllegalArgumentException before any I/O, for a blank or too long account id, a malformed tunnel
   *     id or null options
   * @throws NotFoundException when the account has no tunnel of that id (code 1024); after a retry this may
   *     mean that the first attempt deleted it
   * @throws CloudflareApiException for any other failure, once the retries are spent
   */
  public GreTunnel deleteGreTunnel(String accountId, String tunnelId, WriteOptions options) {
    Arguments.checkTunnel(accountId, tunnelId);
    Arguments.checkOptions(options, WRITE_DEFAULTS);
    boolean newTargetFormat = TargetFormHeader.decide(options, List.of());
    return SuccessEnvelope.deleted(runner.run("deleteGreTunnel", () -> api.deleteGreTunnelWithHttpInfo(accountId,
        tunnelId, newTargetFormat, validateOnly(options), null)));
  }

  /** Checks each entry of a bulk body (named {@code gre_tunnels[i]}) and collects the targets it carries. */
  private static <T> List<TargetFormHeader.PlacedTarget> checkEntries(List<T> entries, BiConsumer<T, String> check,
      Function<T, GreTunnelHealthCheckRequest> healthCheck) {
    List<TargetFormHeader.PlacedTarget> targets = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      T entry = entries.get(i);
      String where = "gre_tunnels[" + i + "]";
      check.accept(entry, where);
      TargetFormHeader.of(healthCheck.apply(entry), where + ".health_check.target").ifPresent(targets::add);
    }
    return targets;
  }

  /** {@code validate_only} is sent only when true: false is the server's default. */
  private static Boolean validateOnly(WriteOptions options) {
    return options.validateOnly() ? Boolean.TRUE : null;
  }

  private static ApiClient generatedClient(Builder builder, Credentials credentials) {
    // HTTP/1.1: the JDK client would otherwise try an h2c upgrade, which Grizzly (the stub) never answers
    HttpClient.Builder http = NoTlsContext.forBaseUrl(
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1), builder.baseUrl);
    ApiClient client = new ApiClient(http, GreJson.newObjectMapper(), builder.baseUrl);
    client.setConnectTimeout(builder.connectTimeout);
    client.setReadTimeout(builder.readTimeout);
    client.setRequestInterceptor(request -> {
      request.setHeader("User-Agent", USER_AGENT);
      credentials.applyTo(request);
      BodilessDelete.apply(request);
    });
    client.setResponseInterceptor(CapturedResponse::record);
    return client;
  }

  @Override
  public String toString() {
    return "GreTunnelsClient[baseUrl=" + baseUrl + ", credentials=" + credentials
        + ", maxRetries=" + runner.maxRetries() + "]";
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

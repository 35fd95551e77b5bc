package dev.magicgre.stub.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.stub.StubSettings;
import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ErrorCode;
import dev.magicgre.stub.http.ErrorEnvelopes;
import java.util.List;
import java.util.Optional;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Cloudflare's gateway does in front of the API, put in front of the Jersey application: the rate limit of
 * {@code --rate-limit} (429 code 971 beyond it, with {@code Retry-After}; {@code Ratelimit} and
 * {@code Ratelimit-Policy} on every answer, as Cloudflare documents them) and the faults armed through the control
 * API (a status with the envelope, a delay, a dropped connection). Neither is active by default: without a limit
 * and with no fault armed, every request goes straight to Jersey.
 */
public final class GatewayHttpHandler extends HttpHandler {

  static final String RATE_LIMITED_MESSAGE = "Please wait and consider throttling your request speed";
  private static final Logger LOG = LoggerFactory.getLogger(GatewayHttpHandler.class);

  private final HttpHandler api;
  private final RateLimiter limiter;
  private final FaultBook faults;
  private final ObjectMapper mapper;

  /** @param limiter null for no rate limit */
  public GatewayHttpHandler(HttpHandler api, RateLimiter limiter, FaultBook faults, ObjectMapper mapper) {
    super("gateway");
    this.api = api;
    this.limiter = limiter;
    this.faults = faults;
    this.mapper = mapper;
  }

  @Override
  public void start() {
    api.start();
  }

  @Override
  public void destroy() {
    api.destroy();
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    if (limiter != null && !withinRateLimit(request, response)) {
      return;
    }
    if (!faults.isEmpty()) {
      Optional<Fault> fault = faults.take(ApiOperations.of(request.getMethod().getMethodString(), pathBelowBase(request)));
      if (fault.isPresent() && answeredByFault(fault.get(), request, response)) {
        return;
      }
    }
    api.service(request, response);
  }

  /** Counts the request; sets the rate-limit headers; answers 429 itself when the limit is passed. */
  private boolean withinRateLimit(Request request, Response response) throws java.io.IOException {
    RateLimiter.Decision decision = limiter.take(identity(request));
    response.setHeader("Ratelimit", "\"default\";r=" + decision.remaining() + ";t=" + decision.resetSeconds());
    response.setHeader("Ratelimit-Policy", limiter.limit().policyHeader());
    if (decision.allowed()) {
      return true;
    }
    response.setHeader("Retry-After", Long.toString(decision.resetSeconds()));
    write(response, ErrorCode.RATE_LIMITED.status(), ErrorCode.RATE_LIMITED.code(), RATE_LIMITED_MESSAGE);
    return false;
  }

  private boolean answeredByFault(Fault fault, Request request, Response response) throws Exception {
    if (fault.delayMillis() > 0) {
      Thread.sleep(fault.delayMillis());
    }
    if (fault.drop()) {
      LOG.debug("Fault: dropping the connection of a {} request", request.getMethod());
      request.getContext().getConnection().closeSilently();
      return true;
    }
    if (fault.status() == 0) {
      return false;
    }
    if (fault.retryAfterSeconds() != null) {
      response.setHeader("Retry-After", Integer.toString(fault.retryAfterSeconds()));
    }
    int code = fault.code() != 0 ? fault.code()
        : fault.status() == ErrorCode.RATE_LIMITED.status() ? ErrorCode.RATE_LIMITED.code() : ErrorCode.INTERNAL_ERROR.code();
    String message = fault.message() != null ? fault.message()
        : fault.status() == ErrorCode.RATE_LIMITED.status() ? RATE_LIMITED_MESSAGE : "Injected fault: HTTP " + fault.status();
    write(response, fault.status(), code, message);
    return true;
  }

  private void write(Response response, int status, int code, String message) throws java.io.IOException {
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(ErrorEnvelopes.envelope(List.of(new ApiError(code, message, null))));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("the error envelope cannot be written", impossible);
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The credential identity the limit counts: the token, else the e-mail and key, else the anonymous caller. */
  private static String identity(Request request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      return "token " + authorization;
    }
    String email = request.getHeader("X-Auth-Email");
    String key = request.getHeader("X-Auth-Key");
    return email != null || key != null ? "key " + email + "\n" + key : "anonymous";
  }

  private static String pathBelowBase(Request request) {
    String uri = request.getRequestURI();
    return uri.startsWith(StubSettings.BASE_PATH) ? uri.substring(StubSettings.BASE_PATH.length()) : uri;
  }
}

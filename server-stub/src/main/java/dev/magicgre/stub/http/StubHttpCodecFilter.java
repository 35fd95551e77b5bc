package dev.magicgre.stub.http;

import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpCodecFilter;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * Grizzly's HTTP parser, adapted to the stub in three ways.
 *
 * <p>Expectations: an {@code Expect} header other than {@code 100-continue} is answered 417 with the envelope,
 * whatever the timing of the body.
 *
 * <p>Upgrades: the stub speaks HTTP/1.1 only, so a request asking to upgrade ({@code Upgrade: h2c},
 * {@code websocket}) is served as a plain request. Stock Grizzly instead stops framing its body (the handler then
 * waits for a body that never ends, and answers without a Content-Type): found by the request fuzzing.
 *
 * <p>Envelopes: when the parser refuses a request
 * (a request line or header it cannot parse, a header block over the listener's limit, a non-numeric
 * {@code Content-Length}, a protocol token that is not HTTP/1.x such as a space inside the request target,
 * broken chunked framing) it answers and closes the connection before any handler runs, with an empty body.
 * {@link HttpServerFilter#customizeErrorResponse} is the hook Grizzly offers for that body, so this subclass
 * takes the stock filter's place in the chain, configured exactly as the stock one was. The answer always gets
 * a protocol it can be written with, even when the request line named none Grizzly knows.
 */
final class StubHttpCodecFilter extends HttpServerFilter {

  private final ObjectMapper mapper;

  @SuppressWarnings("deprecation") // the constructor HttpServer itself uses; Grizzly has no builder yet
  private StubHttpCodecFilter(NetworkListener listener, HttpServerFilter stock, ObjectMapper mapper) {
    // the same arguments HttpServer passes: no delayed executor, the IdleTimeoutFilter after this one closes idle
    // keep-alive connections
    super(listener.isChunkingEnabled(), maxHeaderSize(listener), null, listener.getKeepAlive(), null,
        listener.getMaxRequestHeaders(), listener.getMaxResponseHeaders());
    this.mapper = mapper;
    for (ContentEncoding encoding : stock.getContentEncodings()) {
      addContentEncoding(encoding);
    }
    setAllowPayloadForUndefinedHttpMethods(stock.isAllowPayloadForUndefinedHttpMethods());
    setMaxPayloadRemainderToSkip(stock.getMaxPayloadRemainderToSkip());
    setRemoveHandledContentEncodingHeaders(stock.isRemoveHandledContentEncodingHeaders());
    setPreserveHeaderCase(stock.isPreserveHeaderCase());
    getMonitoringConfig().addProbes(stock.getMonitoringConfig().getProbes());
  }

  /** Replaces the listener's stock HTTP parser by this one. */
  static AddOn addOn(ObjectMapper mapper) {
    return (NetworkListener listener, FilterChainBuilder builder) -> {
      int index = builder.indexOfType(HttpServerFilter.class);
      Filter stock = builder.get(index);
      builder.set(index, new StubHttpCodecFilter(listener, (HttpServerFilter) stock, mapper));
    };
  }

  @Override
  protected boolean onHttpHeaderParsed(HttpHeader httpHeader, Buffer buffer, FilterChainContext ctx) {
    boolean error = super.onHttpHeaderParsed(httpHeader, buffer, ctx);
    String expectation = httpHeader.getHeader(Header.Expect);
    if (!error && expectation != null && !"100-continue".equalsIgnoreCase(expectation.trim())) {
      // an expectation the stub cannot meet is refused (RFC 9110, 10.1.1), always: stock Grizzly refused it with
      // an empty 417 only when no body had arrived with the headers yet, and ignored it otherwise (found by the
      // request fuzzing). Reporting an error here makes the parser answer it through customizeErrorResponse
      HttpStatus.EXPECTATION_FAILED_417.setValues(((HttpRequestPacket) httpHeader).getResponse());
      httpHeader.getProcessingState().setError(true);
      return true;
    }
    return error;
  }

  @Override
  protected void onIncomingUpgrade(FilterChainContext ctx, HttpHeader httpHeader) {
    super.onIncomingUpgrade(ctx, httpHeader);
    // nothing here accepts an upgrade: forget it was asked, so the body is framed by its length as usual
    httpHeader.setIgnoreContentModifiers(false);
    httpHeader.getUpgradeDC().recycle();
  }

  @Override
  protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
    // when the header block fails before the request line's protocol was checked (a tab for a method, then a bad
    // Content-Length), Grizzly cannot name the protocol of its answer, throws while writing it, and closes the
    // connection unanswered (found by the request fuzzing; fixed the same way in later Grizzly releases)
    try {
      response.getRequest().getProtocol();
    } catch (IllegalStateException unknownProtocol) {
      response.getRequest().setProtocol(Protocol.HTTP_1_1);
    }
    // Grizzly says 505 when the protocol token is not HTTP/1.x, which a stray space in the target causes: the
    // client sent a malformed request, so it is a 4xx like the rest
    if (response.getStatus() >= 500 || response.getStatus() < 400) {
      HttpStatus.BAD_REQUEST_400.setValues(response);
    }
    ApiError error = response.getStatus() == ErrorCode.MALFORMED_HTTP_REQUEST.status()
        ? ApiError.of(ErrorCode.MALFORMED_HTTP_REQUEST, "Malformed HTTP request")
        : ApiError.of(ErrorCode.REQUEST_REFUSED, response.getHttpStatus().getReasonPhrase());
    byte[] body = ContainerEdges.envelope(mapper, error);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    return HttpContent.builder(response)
        .content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
        .last(true)
        .build();
  }

  private static int maxHeaderSize(NetworkListener listener) {
    return listener.getMaxHttpHeaderSize() == -1 ? HttpCodecFilter.DEFAULT_MAX_HTTP_PACKET_HEADER_SIZE
        : listener.getMaxHttpHeaderSize();
  }
}

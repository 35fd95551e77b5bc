package dev.magicgre.stub.http;

import dev.magicgre.stub.error.ErrorCode;
import java.io.CharConversionException;
import java.io.IOException;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Refuses a request whose path cannot be percent-decoded ({@code %zz}, a lone {@code %}, an encoded slash
 * {@code %2F}) with 400 code 1018. Grizzly decodes the path to pick a handler before any handler runs, and
 * when that fails it answers an empty 500, which official clients would even retry. This filter sits right
 * after Grizzly's HTTP parser, tries the same decoding first, and answers the envelope itself.
 */
final class MalformedUriFilter extends BaseFilter {

  private final byte[] body;

  MalformedUriFilter(byte[] body) {
    this.body = body.clone();
  }

  /** Installs the filter right after Grizzly's HTTP parser on a listener. */
  static AddOn addOn(byte[] body) {
    return (NetworkListener listener, FilterChainBuilder builder) ->
        builder.add(builder.indexOfType(HttpServerFilter.class) + 1, new MalformedUriFilter(body));
  }

  @Override
  public NextAction handleRead(FilterChainContext ctx) throws IOException {
    Object message = ctx.getMessage();
    if (!(message instanceof HttpContent)) {
      return ctx.getInvokeAction();
    }
    HttpHeader header = ((HttpContent) message).getHttpHeader();
    if (!(header instanceof HttpRequestPacket) || decodes((HttpRequestPacket) header)) {
      return ctx.getInvokeAction();
    }
    HttpResponsePacket response = ((HttpRequestPacket) header).getResponse();
    if (!response.isCommitted()) {
      response.setStatus(ErrorCode.MALFORMED_URI.status());
      response.setContentType("application/json");
      response.setContentLength(body.length);
      ctx.write(HttpContent.builder(response).content(Buffers.wrap(ctx.getMemoryManager(), body)).last(true).build());
    }
    // the parser below still frames the request, so the rest of its body is dropped here chunk by chunk (the
    // response is committed by then) and the connection stays usable for the next request
    return ctx.getStopAction();
  }

  private static boolean decodes(HttpRequestPacket request) {
    try {
      request.getRequestURIRef().getDecodedURI(false);
      return true;
    } catch (CharConversionException | RuntimeException malformed) {
      // Grizzly reports a bad escape as the one and an encoded slash or a bad code point as an
      // IllegalArgumentException; a '%' followed by a byte above 0x7F makes its decoder index an array with a
      // negative number (ArrayIndexOutOfBoundsException; found by the request fuzzing). Whatever the decoder
      // throws, the target is not a URI we can serve
      return false;
    }
  }
}

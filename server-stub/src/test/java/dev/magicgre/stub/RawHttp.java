package dev.magicgre.stub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 on a plain socket, for what the JDK client refuses to send: bytes that are not valid HTTP, a request
 * target no URI holds, unknown methods, truncated bodies, clients that stall. A reply is read as the server
 * frames it (Content-Length or chunked); a server that closes without answering, or does not answer within the
 * wait, is reported as such instead of failing here, so that tests can assert on it.
 */
final class RawHttp {

  /** What came back on the socket. */
  record Outcome(StubHttp.Reply reply, boolean closedWithoutAnswer, boolean noAnswerInTime) {

    boolean answered() {
      return reply != null;
    }

    @Override
    public String toString() {
      return answered() ? reply.toString() : closedWithoutAnswer ? "closed without answer" : "no answer in time";
    }
  }

  private RawHttp() {
  }

  /** Sends the bytes as they are, then reads one reply, waiting at most {@code waitMillis} for each read. */
  static Outcome exchange(int port, byte[] request, int waitMillis) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(waitMillis);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException closedWhileSending) {
        // the server may answer and close before it has read everything (a header block too large): read on
      }
      return read(socket.getInputStream());
    }
  }

  static Outcome exchange(int port, String request, int waitMillis) throws IOException {
    return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1), waitMillis);
  }

  /** Reads one reply from a socket whose read timeout is already set. */
  static Outcome read(InputStream in) throws IOException {
    try {
      String statusLine = line(in);
      // an interim answer (100 Continue) is followed by the real one
      while (statusLine != null && statusLine.startsWith("HTTP/1.1 1")) {
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
          // interim answers carry no body
        }
        statusLine = line(in);
      }
      if (statusLine == null) {
        return new Outcome(null, true, false);
      }
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), List.of(header.substring(colon + 1).trim()));
      }
      byte[] body;
      if (headers.containsKey("content-length")) {
        body = in.readNBytes(Integer.parseInt(headers.get("content-length").get(0)));
      } else if (headers.getOrDefault("transfer-encoding", List.of("")).get(0).equalsIgnoreCase("chunked")) {
        body = chunked(in);
      } else {
        body = in.readAllBytes();
      }
      int status = Integer.parseInt(statusLine.split(" ")[1]);
      return new Outcome(new StubHttp.Reply(status, HttpHeaders.of(headers, (name, value) -> true),
          new String(body, StandardCharsets.UTF_8)), false, false);
    } catch (SocketTimeoutException silent) {
      return new Outcome(null, false, true);
    } catch (java.net.SocketException reset) {
      // a reset is the server closing on us with unread input: no answer
      return new Outcome(null, true, false);
    }
  }

  private static byte[] chunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String size = line(in); size != null; size = line(in)) {
      int length = Integer.parseInt(size.split(";")[0].trim(), 16);
      if (length == 0) {
        line(in);
        break;
      }
      body.write(in.readNBytes(length));
      line(in);
    }
    return body.toByteArray();
  }

  /** One line without its CR LF; null when the stream ends before any byte of it. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b = in.read();
    if (b < 0) {
      return null;
    }
    for (; b != '\n'; b = in.read()) {
      if (b < 0) {
        break;
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}

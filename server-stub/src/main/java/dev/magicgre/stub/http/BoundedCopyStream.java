package dev.magicgre.stub.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes every byte on to {@code out} and keeps a copy of them while they are at most {@code limit}: past it the
 * copy is let go, so that a huge answer is still streamed with bounded memory.
 */
final class BoundedCopyStream extends OutputStream {

  private final OutputStream out;
  private final int limit;
  private ByteArrayOutputStream copy = new ByteArrayOutputStream(8192);

  BoundedCopyStream(OutputStream out, int limit) {
    this.out = out;
    this.limit = limit;
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    copy(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    copy(b, off, len);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** The closing of the answer is the caller's: the container's stream is not closed here. */
  @Override
  public void close() {
  }

  /** Every byte written, or null when they went past the limit. */
  byte[] copied() {
    return copy == null ? null : copy.toByteArray();
  }

  private void copy(byte[] b, int off, int len) {
    if (copy == null) {
      return;
    }
    if (copy.size() + len > limit) {
      copy = null;
    } else {
      copy.write(b, off, len);
    }
  }
}

package dev.magicgre.stub.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Passes every byte on to {@code out} and keeps a copy of them while they are at most {@code limit}: past it the
 * copy is let go, so that a huge answer is still streamed with bounded memory. The copy starts at the size
 * expected (the account's previous answer), so that an answer of about the same size is copied once, not grown
 * by doubling and then trimmed.
 */
final class BoundedCopyStream extends OutputStream {

  private final OutputStream out;
  private final int limit;
  private byte[] copy;
  private int length;

  BoundedCopyStream(OutputStream out, int limit, int expected) {
    this.out = out;
    this.limit = limit;
    this.copy = new byte[Math.min(limit, Math.max(expected, 1024))];
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

  /** The buffer holding every byte written in its first {@link #length} places, or null past the limit. */
  byte[] copied() {
    return copy;
  }

  int length() {
    return length;
  }

  private void copy(byte[] b, int off, int len) {
    if (copy == null) {
      return;
    }
    if (length + len > limit) {
      copy = null;
      return;
    }
    if (length + len > copy.length) {
      copy = Arrays.copyOf(copy, (int) Math.min(limit, Math.max(length + len, 2L * copy.length)));
    }
    System.arraycopy(b, off, copy, length, len);
    length += len;
  }
}

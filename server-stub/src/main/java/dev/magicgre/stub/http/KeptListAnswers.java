package dev.magicgre.stub.http;

import dev.magicgre.stub.validation.TargetForm;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * List answers kept as the bytes written, per account and target form, each with the store's stamp of the
 * account it was rendered from: an answer is reused only while the account's stamp is the same, i.e. until a
 * committed write. Reading is a map look-up and a comparison, no lock.
 *
 * <p>Bounded (a kept answer counts its whole buffer): an answer above {@code maxAnswerBytes} is never kept (it is
 * streamed, as before), and the kept answers together stay under {@code maxTotalBytes}; over it, entries are
 * dropped in the map's order (not least recently used: a dropped account is rendered again once, which is what
 * it cost without keeping).
 */
final class KeptListAnswers {

  /** About 2,300 tunnels of ~450 bytes: an account above it is streamed each time. */
  static final int MAX_ANSWER_BYTES = 1 << 20;
  /** 16 MiB, 3% of the benchmark's 512 MiB heap: ~370 kept answers of 100 tunnels. */
  static final long MAX_TOTAL_BYTES = 16L << 20;

  /** An answer: its bytes are the first {@code length} of {@code buffer} (the buffer it was copied into). */
  record Kept(long stamp, byte[] buffer, int length) {
  }

  private final int maxAnswerBytes;
  private final long maxTotalBytes;
  private final Map<String, Kept>[] byForm;
  private final AtomicLong total = new AtomicLong();

  KeptListAnswers() {
    this(MAX_ANSWER_BYTES, MAX_TOTAL_BYTES);
  }

  @SuppressWarnings("unchecked")
  KeptListAnswers(int maxAnswerBytes, long maxTotalBytes) {
    this.maxAnswerBytes = maxAnswerBytes;
    this.maxTotalBytes = maxTotalBytes;
    this.byForm = new Map[TargetForm.values().length];
    for (int i = 0; i < byForm.length; i++) {
      byForm[i] = new ConcurrentHashMap<>();
    }
  }

  int maxAnswerBytes() {
    return maxAnswerBytes;
  }

  /** The answer kept for the account in that form under exactly that stamp, or null. */
  Kept find(String accountId, TargetForm form, long stamp) {
    Kept kept = byForm[form.ordinal()].get(accountId);
    return kept != null && kept.stamp() == stamp ? kept : null;
  }

  /** The length of the account's last kept answer in that form, whatever its stamp (0 when none): a size hint. */
  int lastLength(String accountId, TargetForm form) {
    Kept kept = byForm[form.ordinal()].get(accountId);
    return kept == null ? 0 : kept.length();
  }

  /**
   * Keeps the answer rendered from the account's tunnels under {@code stamp} (the first {@code length} bytes of
   * {@code buffer}, which is the cache's from now on), unless a newer one is kept.
   */
  void keep(String accountId, TargetForm form, long stamp, byte[] buffer, int length) {
    if (buffer.length > maxAnswerBytes) {
      return;
    }
    Kept offered = new Kept(stamp, buffer, length);
    byForm[form.ordinal()].compute(accountId, (id, old) -> {
      if (old != null && old.stamp() > stamp) { // stamps only grow: a slower render of an older state
        return old;
      }
      total.addAndGet(buffer.length - (old == null ? 0 : old.buffer().length));
      return offered;
    });
    dropWhileOver();
  }

  /** The bytes kept now, all accounts and forms. */
  long bytesKept() {
    return total.get();
  }

  private void dropWhileOver() {
    for (Map<String, Kept> answers : byForm) {
      for (Iterator<Map.Entry<String, Kept>> it = answers.entrySet().iterator();
          total.get() > maxTotalBytes && it.hasNext(); ) {
        Map.Entry<String, Kept> entry = it.next();
        if (answers.remove(entry.getKey(), entry.getValue())) {
          total.addAndGet(-entry.getValue().buffer().length);
        }
      }
    }
  }
}

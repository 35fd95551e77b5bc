package dev.magicgre.stub.http;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelList;
import dev.magicgre.model.GreTunnelListResponse;
import dev.magicgre.stub.store.TunnelStore;
import dev.magicgre.stub.validation.TargetForm;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * A list's success envelope whose tunnels are not held but handed out one at a time while the answer is
 * written ({@link StreamedTunnelListWriter}): an account of a million tunnels costs the writer's buffer, not a
 * million tunnels. Its own list is empty; the tunnels come from {@code source}.
 *
 * <p>A list made by {@link #stamped} also says which account and target form it answers and the store's stamp
 * of the account ({@link TunnelStore#stamp}): the writer then answers the bytes it kept for that stamp, if any
 * ({@link KeptListAnswers}).
 */
public final class StreamedTunnelList extends GreTunnelListResponse {

  private final transient ToLongFunction<Consumer<GreTunnel>> source;
  private final transient String accountId;
  private final transient TargetForm form;
  private final transient LongSupplier stamp;

  /** @param source hands each tunnel of the answer, in order, to the consumer it is given; nothing is kept */
  public StreamedTunnelList(Consumer<Consumer<GreTunnel>> source) {
    this(each -> {
      source.accept(each);
      return TunnelStore.UNSTAMPED;
    }, null, null, () -> TunnelStore.UNSTAMPED);
  }

  private StreamedTunnelList(ToLongFunction<Consumer<GreTunnel>> source, String accountId, TargetForm form,
      LongSupplier stamp) {
    super(true, new ArrayList<>(), new ArrayList<>(), new GreTunnelList(new ArrayList<>()));
    this.source = source;
    this.accountId = accountId;
    this.form = form;
    this.stamp = stamp;
  }

  /**
   * The list of one account's tunnels in one target form.
   *
   * @param stamp the account's stamp now ({@link TunnelStore#stamp})
   * @param source hands each tunnel over, in order, and answers the stamp of what it handed over
   *     ({@link TunnelStore#forEachStamped})
   */
  public static StreamedTunnelList stamped(String accountId, TargetForm form, LongSupplier stamp,
      ToLongFunction<Consumer<GreTunnel>> source) {
    return new StreamedTunnelList(source, accountId, form, stamp);
  }

  /**
   * The same list with each tunnel passed through {@code change} as it is written (a test's broken provider);
   * its bytes are neither taken from nor kept for the account's answer.
   */
  public StreamedTunnelList map(UnaryOperator<GreTunnel> change) {
    return new StreamedTunnelList(each -> {
      source.applyAsLong(tunnel -> each.accept(change.apply(tunnel)));
    });
  }

  /** Hands the tunnels over; answers the stamp of the snapshot they came from. */
  long forEachTunnel(Consumer<GreTunnel> each) {
    return source.applyAsLong(each);
  }

  String accountId() {
    return accountId;
  }

  TargetForm form() {
    return form;
  }

  long stamp() {
    return stamp.getAsLong();
  }

  /** The same envelope with no tunnel: its other members, as the model writes them. */
  GreTunnelListResponse withoutTunnels() {
    return new GreTunnelListResponse(getSuccess(), getErrors(), getMessages(), new GreTunnelList(new ArrayList<>()));
  }
}

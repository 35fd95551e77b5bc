package dev.magicgre.stub.http;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelList;
import dev.magicgre.model.GreTunnelListResponse;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A list's success envelope whose tunnels are not held but handed out one at a time while the answer is
 * written ({@link StreamedTunnelListWriter}): an account of a million tunnels costs the writer's buffer, not a
 * million tunnels. Its own list is empty; the tunnels come from {@code source}.
 */
public final class StreamedTunnelList extends GreTunnelListResponse {

  private final transient Consumer<Consumer<GreTunnel>> source;

  /** @param source hands each tunnel of the answer, in order, to the consumer it is given */
  public StreamedTunnelList(Consumer<Consumer<GreTunnel>> source) {
    super(true, new ArrayList<>(), new ArrayList<>(), new GreTunnelList(new ArrayList<>()));
    this.source = source;
  }

  /** The same list with each tunnel passed through {@code change} as it is written (a test's broken provider). */
  public StreamedTunnelList map(UnaryOperator<GreTunnel> change) {
    return new StreamedTunnelList(each -> source.accept(tunnel -> each.accept(change.apply(tunnel))));
  }

  void forEachTunnel(Consumer<GreTunnel> each) {
    source.accept(each);
  }

  /** The same envelope with no tunnel: its other members, as the model writes them. */
  GreTunnelListResponse withoutTunnels() {
    return new GreTunnelListResponse(getSuccess(), getErrors(), getMessages(), new GreTunnelList(new ArrayList<>()));
  }
}

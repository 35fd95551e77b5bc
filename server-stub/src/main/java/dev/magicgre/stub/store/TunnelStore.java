package dev.magicgre.stub.store;

import dev.magicgre.model.GreTunnel;
import java.util.List;

/** Where the stub keeps created tunnels. Names are unique per account; inserting is atomic with that check. */
public interface TunnelStore {

  /** Stores the tunnel unless its account already has one of that name; true when stored. */
  boolean insertIfNameFree(String accountId, GreTunnel tunnel);

  boolean nameTaken(String accountId, String name);

  /** The account's tunnels, in no particular order. */
  List<GreTunnel> tunnels(String accountId);

  /** How many tunnels all accounts hold together. */
  long size();

  void clear();
}

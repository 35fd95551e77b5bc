package dev.magicgre.stub.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * One caller the stub knows: an API token, or an e-mail with its Global API key. The secret is kept as bytes
 * and only ever compared in constant time; {@link #toString()} names the identity without it.
 */
public final class Identity {

  /** The permissions that allow the writes (create, update, delete; at least one is needed). */
  public static final Set<String> WRITE_PERMISSIONS = Set.of("Magic WAN Write", "Magic Transit Write");
  /** The permissions that allow the reads (list, get): a Read one, or a Write one. */
  public static final Set<String> READ_PERMISSIONS =
      Set.of("Magic WAN Read", "Magic Transit Read", "Magic WAN Write", "Magic Transit Write");

  private final String label;
  private final String email;
  private final byte[] secret;
  private final Set<String> permissions;
  private final Set<String> accounts;
  /** Decided once: asked on every request. */
  private final boolean writes;
  private final boolean reads;

  private Identity(String label, String email, String secret, Set<String> permissions, Set<String> accounts) {
    this.label = label;
    this.email = email;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.permissions = Set.copyOf(permissions);
    this.accounts = Set.copyOf(accounts);
    this.writes = this.permissions.stream().anyMatch(WRITE_PERMISSIONS::contains);
    this.reads = this.permissions.stream().anyMatch(READ_PERMISSIONS::contains);
  }

  public static Identity token(String label, String token, Set<String> permissions, Set<String> accounts) {
    return new Identity(label, null, token, permissions, accounts);
  }

  public static Identity globalKey(String email, String key, Set<String> permissions, Set<String> accounts) {
    return new Identity(email, email, key, permissions, accounts);
  }

  public boolean isToken() {
    return email == null;
  }

  /** Constant-time on the secret, so response timing does not tell how much of a guess was right. */
  boolean hasSecret(String candidate) {
    return MessageDigest.isEqual(secret, candidate.getBytes(StandardCharsets.UTF_8));
  }

  boolean hasEmail(String candidate) {
    return email != null && email.equalsIgnoreCase(candidate);
  }

  /** May this identity create, update and delete GRE tunnels in the account? */
  public boolean mayWriteTunnelsIn(String accountId) {
    return writes && accounts.contains(accountId);
  }

  /** May this identity list and get the GRE tunnels of the account? */
  public boolean mayReadTunnelsIn(String accountId) {
    return reads && accounts.contains(accountId);
  }

  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return (isToken() ? "token " : "key of ") + label;
  }
}

package dev.magicgre.contract;

/** Who the contract is between, and the provider states both sides agree on. One place, used by both sides. */
final class ContractParties {

  /** The consumer: the Java client facade ({@code client/}). */
  static final String CONSUMER = "magic-gre-java-client";
  /** The provider: the stub ({@code server-stub/}), standing in for Cloudflare's endpoint. */
  static final String PROVIDER = "magic-gre-stub";

  static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
  static final String TOKEN = "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY";
  /** The stub's default token with Magic WAN Read only: reads pass, writes are refused 403 10000. */
  static final String READ_ONLY_TOKEN = "ReadOnlyMagicWanToken0000000000000000000";
  static final String EMAIL = "user@example.com";
  static final String BASE_PATH = "/client/v4";
  static final String TUNNELS_PATH = BASE_PATH + "/accounts/" + ACCOUNT + "/magic/gre_tunnels";
  /** The path of one tunnel, with the id as a provider-state expression ({@code ${id}}). */
  static final String TUNNEL_PATH_TEMPLATE = BASE_PATH + "/accounts/${account_id}/magic/gre_tunnels/${%s}";

  /**
   * Provider state: the account exists, may be used with the example token, and has no GRE tunnels. Gives
   * {@code account_id} and {@code unknown_id}, an id no tunnel has.
   */
  static final String NO_TUNNELS = "the account has no GRE tunnels";
  /**
   * Provider state with parameters {@code account_id} and {@code name}: a tunnel of that name exists (no
   * health check target saved). Gives {@code account_id} and {@code id}, the id the provider generated.
   */
  static final String TUNNEL_EXISTS = "a GRE tunnel with the name exists in the account";
  /**
   * Provider state with parameters {@code account_id}, {@code first} and {@code second}: two tunnels of those
   * names exist, created in that order. Gives {@code account_id}, {@code first_id} and {@code second_id}.
   */
  static final String TWO_TUNNELS = "two GRE tunnels with the names exist in the account";

  private ContractParties() {
  }
}

package dev.magicgre.contract;

/** Who the contract is between, and the provider states both sides agree on. One place, used by both sides. */
final class ContractParties {

  /** The consumer: the Java client facade ({@code client/}). */
  static final String CONSUMER = "magic-gre-java-client";
  /** The provider: the stub ({@code server-stub/}), standing in for Cloudflare's endpoint. */
  static final String PROVIDER = "magic-gre-stub";

  static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
  static final String TOKEN = "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY";
  static final String EMAIL = "user@example.com";
  static final String BASE_PATH = "/client/v4";
  static final String TUNNELS_PATH = BASE_PATH + "/accounts/" + ACCOUNT + "/magic/gre_tunnels";

  /** Provider state: the account exists, may be used with the example token, and has no GRE tunnels. */
  static final String NO_TUNNELS = "the account has no GRE tunnels";
  /** Provider state with parameters {@code account_id} and {@code name}: a tunnel of that name exists. */
  static final String TUNNEL_EXISTS = "a GRE tunnel with the name exists in the account";

  private ContractParties() {
  }
}

package dev.magicgre.generated;

/** What the scenario asks a client to send for one tunnel; {@code target} null sends no health check. */
public record TunnelSpec(String name, String customerEndpoint, String interfaceAddress, String description, String target) {

  public static final String CLOUDFLARE_ENDPOINT = "203.0.113.1";
}

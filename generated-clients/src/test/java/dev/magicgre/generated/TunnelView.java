package dev.magicgre.generated;

/**
 * What a client read back for one tunnel, in plain values; {@code target} is the string form as sent
 * ({@code 198.51.100.7}) or the object form as {@code {saved=..., effective=...}}, whatever the model's type.
 */
public record TunnelView(String id, String name, String description, String target) {

  public static String objectTarget(String saved, String effective) {
    return "{saved=" + saved + ", effective=" + effective + "}";
  }
}

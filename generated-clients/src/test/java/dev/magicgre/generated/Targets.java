package dev.magicgre.generated;

import java.util.Map;

/**
 * {@code health_check.target} as every generated client types it since spec 1.3.0: a plain value ({@code Object},
 * {@code kotlin.Any}), which the JSON library reads as a {@code String} (string form, header absent or false) or a
 * {@code Map} (object form, {@code x-magic-new-hc-target: true}). This is the whole of what a team writes to read it.
 */
public final class Targets {

  private Targets() {
  }

  /** The target as {@link TunnelView} keeps it: the address, or {@code {saved=..., effective=...}}. */
  public static String read(Object target) {
    if (target == null || target instanceof String) {
      return (String) target;
    }
    if (target instanceof Map<?, ?> object) {
      return TunnelView.objectTarget((String) object.get("saved"), (String) object.get("effective"));
    }
    throw new AssertionError("health_check.target read as " + target.getClass().getName() + ", neither a string nor an object");
  }
}

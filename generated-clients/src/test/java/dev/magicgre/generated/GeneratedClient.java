package dev.magicgre.generated;

import java.util.List;

/**
 * One client generated from the spec by one openapi-generator generator, as the scenario drives it: each method
 * is one operation of the spec, called through that generator's own API and model classes and read back into
 * plain values. A method that the generated code cannot express throws, with the reason as its message.
 */
public interface GeneratedClient {

  /** The account every call goes to. */
  String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";

  /** createGreTunnel with one tunnel; {@code target} a string, or null for none; {@code objectForm} the header. */
  TunnelView createOne(TunnelSpec tunnel, boolean objectForm, boolean validateOnly) throws Exception;

  /** createGreTunnel with {@code {"gre_tunnels": [...]}}. */
  List<TunnelView> createSeveral(List<TunnelSpec> tunnels, boolean objectForm) throws Exception;

  List<TunnelView> list(boolean objectForm) throws Exception;

  TunnelView get(String id, boolean objectForm) throws Exception;

  TunnelView updateOne(String id, TunnelSpec tunnel, boolean objectForm) throws Exception;

  List<TunnelView> updateSeveral(List<String> ids, List<TunnelSpec> tunnels, boolean objectForm) throws Exception;

  TunnelView delete(String id) throws Exception;

  /** Runs a call that must be refused and reads the refusal through the generator's own error type and model. */
  Refusal refusal(ThrowingCall call);

  @FunctionalInterface
  interface ThrowingCall {
    void run() throws Exception;
  }
}

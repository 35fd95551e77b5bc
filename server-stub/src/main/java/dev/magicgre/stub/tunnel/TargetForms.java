package dev.magicgre.stub.tunnel;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.stub.validation.TargetForm;
import java.util.List;

/**
 * Answers a tunnel with {@code health_check.target} in the form the request's {@code x-magic-new-hc-target}
 * header asks for. Tunnels are made and stored in object form ({@code saved}, {@code effective}); the string
 * form is the effective address. Changes the tunnel it is given: those are the request's own copies (the store
 * keeps values, not the objects it was handed or hands out).
 */
public final class TargetForms {

  private TargetForms() {
  }

  public static GreTunnel render(GreTunnel tunnel, TargetForm form) {
    GreTunnelHealthCheck healthCheck = tunnel.getHealthCheck();
    HealthCheckTarget target = healthCheck == null ? null : healthCheck.getTarget();
    if (target == null) {
      return tunnel;
    }
    if (form == TargetForm.STRING && target.isObject()) {
      healthCheck.setTarget(HealthCheckTarget.ofAddress(target.effective()));
    } else if (form == TargetForm.OBJECT && target.isAddress()) {
      // a tunnel seeded in string form (a test's provider state): its address is both saved and effective
      healthCheck.setTarget(HealthCheckTarget.ofSavedAndEffective(target.asAddress(), target.asAddress()));
    }
    return tunnel;
  }

  public static List<GreTunnel> render(List<GreTunnel> tunnels, TargetForm form) {
    tunnels.forEach(tunnel -> render(tunnel, form));
    return tunnels;
  }
}

package dev.magicgre.contract;

import dev.magicgre.model.GreTunnelCreateResponse;
import dev.magicgre.model.HealthCheckTarget;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Deliberate ways of breaking the contract, each a response filter added to the real stub application:
 * the contract must catch every one of them.
 */
enum Breakage implements ContainerResponseFilter {

  /** Answers the string form although the request asked for the object form. */
  STRING_TARGET_UNDER_NEW_HEADER("health_check.target") {
    @Override
    void breakResponse(ContainerRequestContext request, GreTunnelCreateResponse response) {
      if ("true".equals(request.getHeaderString("x-magic-new-hc-target"))) {
        HealthCheckTarget target = response.getResult().getHealthCheck().getTarget();
        response.getResult().getHealthCheck().setTarget(HealthCheckTarget.ofAddress(target.effective()));
      }
    }
  },

  /** Drops {@code messages} from the success envelope. */
  ENVELOPE_WITHOUT_MESSAGES("messages") {
    @Override
    void breakResponse(ContainerRequestContext request, GreTunnelCreateResponse response) {
      response.setMessages(null);
    }
  };

  private final String brokenField;

  Breakage(String brokenField) {
    this.brokenField = brokenField;
  }

  /** A field name the verification failure must mention. */
  String brokenField() {
    return brokenField;
  }

  abstract void breakResponse(ContainerRequestContext request, GreTunnelCreateResponse response);

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof GreTunnelCreateResponse) {
      breakResponse(request, (GreTunnelCreateResponse) response.getEntity());
    }
  }
}

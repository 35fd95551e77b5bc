package dev.magicgre.contract;

import dev.magicgre.model.ApiErrorResponse;
import dev.magicgre.model.GreTunnelDeleteResponse;
import dev.magicgre.model.GreTunnelGetResponse;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.GreTunnelListResponse;
import dev.magicgre.model.GreTunnelUpdateResponse;
import dev.magicgre.model.GreTunnelsCreateResult;
import dev.magicgre.model.GreTunnelsUpdateResponse;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.stub.http.StreamedTunnelList;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Deliberate ways of breaking the contract, at least one per operation, each a response filter added to the
 * real stub application: the contract must catch every one of them, in the interaction it breaks, naming the
 * broken field or the status.
 */
enum Breakage implements ContainerResponseFilter {

  /** Create: answers the string form although the request asked for the object form. */
  CREATE_STRING_TARGET_UNDER_NEW_HEADER("health_check.target", "a create with x-magic-new-hc-target true") {
    @Override
    void breakResponse(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getEntity() instanceof GreTunnelsCreateResult created && newHeader(request)
          && created.getResult().getHealthCheck() != null) {
        toStringForm(created.getResult().getHealthCheck());
      }
    }
  },

  /** Create: drops {@code messages} from the success envelope. */
  CREATE_ENVELOPE_WITHOUT_MESSAGES("messages", "a create") {
    @Override
    void breakResponse(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getEntity() instanceof GreTunnelsCreateResult created) {
        created.setMessages(null);
      }
    }
  },

  /** Create of several: the answer's tunnels lose their ids. */
  CREATE_SEVERAL_WITHOUT_IDS("id", "a create of several tunnels") {
    @Override
    void breakResponse(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getEntity() instanceof GreTunnelsCreateResult created && created.getResult().getGreTunnels() != null) {
        created.getResult().getGreTunnels().forEach(tunnel -> tunnel.setId(null));
      }
    }
  },

  /** List: the tunnels lose {@code created_on}. */
  LIST_WITHOUT_CREATED_ON("created_on", "a list of an account with two tunnels") {
    @Override
    void breakResponse(ContainerRequestContext request, ContainerResponseContext response) {
      // a list is streamed: its tunnels are changed as they are written
      if (response.getEntity() instanceof StreamedTunnelList listed && "GET".equals(request.getMethod())) {
        response.setEntity(listed.map(tunnel -> tunnel.createdOn(null)));
      }
    }
  },

  /** Get: 201 instead of 200. */
  GET_WRONG_STATUS("status", "a get of a tunnel by its id") {
    @Override
    void breakResponse(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getEntity() instanceof GreTunnelGetResponse) {
        response.setStatus(201);
      }
    }
  },

  /** Update of one: the string form under the object-form header. */
  UPDATE_STRING_TARGET_UNDER_NEW_HEADER("health_check.target", "an update renaming a tunnel") {
    @Override
    void breakResponse(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getEntity() instanceof GreTunnelUpdateResponse updated && newHeader(request)) {
        toStringForm(updated.getResult().getModifiedGreTunnel().getHealthCheck());
      }
    }
  },

  /** Update of several: {@code result.modified} left out. */
  UPDATE_SEVERAL_WITHOUT_MODIFIED("modified", "an update of two tunnels at once") {
    @Override
    void breakResponse(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getEntity() instanceof GreTunnelsUpdateResponse updated) {
        updated.getResult().setModified(null);
      }
    }
  },

  /** Delete: {@code result.deleted} left out. */
  DELETE_WITHOUT_DELETED("deleted", "a delete of a tunnel") {
    @Override
    void breakResponse(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getEntity() instanceof GreTunnelDeleteResponse deleted) {
        deleted.getResult().setDeleted(null);
      }
    }
  },

  /** An unknown id answered 400 instead of 404 (get, update and delete all break). */
  NOT_FOUND_AS_BAD_REQUEST("status", "an id no tunnel has") {
    @Override
    void breakResponse(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getEntity() instanceof ApiErrorResponse && response.getStatus() == 404) {
        response.setStatus(400);
      }
    }
  };

  private final String brokenField;
  private final String brokenInteraction;

  Breakage(String brokenField, String brokenInteraction) {
    this.brokenField = brokenField;
    this.brokenInteraction = brokenInteraction;
  }

  /** A field name (or "status") the verification failure must mention. */
  String brokenField() {
    return brokenField;
  }

  /** Part of the description of the interaction(s) that must fail. */
  String brokenInteraction() {
    return brokenInteraction;
  }

  abstract void breakResponse(ContainerRequestContext request, ContainerResponseContext response);

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    breakResponse(request, response);
  }

  private static boolean newHeader(ContainerRequestContext request) {
    return "true".equals(request.getHeaderString("x-magic-new-hc-target"));
  }

  private static void toStringForm(GreTunnelHealthCheck healthCheck) {
    healthCheck.setTarget(HealthCheckTarget.ofAddress(healthCheck.getTarget().effective()));
  }
}

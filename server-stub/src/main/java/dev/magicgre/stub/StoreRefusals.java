package dev.magicgre.stub;

import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import dev.magicgre.stub.store.NameTakenException;
import dev.magicgre.stub.store.TunnelNotFoundException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the store refused, as the answer: 404 1024 for ids the account does not have (never a hint whether the
 * id exists in another account), 400 1004 for names another tunnel of the account uses, each pointing at the
 * request's field. {@code at} is {@code ""} for a body of one tunnel, {@code /gre_tunnels/} for several (the
 * index follows).
 */
final class StoreRefusals {

  static final String NOT_FOUND = "GRE tunnel not found";

  private StoreRefusals() {
  }

  /** The path's tunnel id names no tunnel of the account. */
  static ApiProblem notFound() {
    return ApiProblem.of(ErrorCode.TUNNEL_NOT_FOUND, NOT_FOUND);
  }

  /** {@code ids} are the request's, in order; for a body of several, each missing one points at its {@code id}. */
  static ApiProblem notFound(TunnelNotFoundException missing, List<String> ids, String at) {
    if (at.isEmpty()) {
      return notFound();
    }
    List<ApiError> errors = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (missing.ids().contains(ids.get(i))) {
        errors.add(ApiError.at(ErrorCode.TUNNEL_NOT_FOUND, at + i + "/id", NOT_FOUND + ": " + ids.get(i)));
      }
    }
    return new ApiProblem(ErrorCode.TUNNEL_NOT_FOUND.status(), errors.isEmpty() ? List.of(notFoundError()) : errors);
  }

  /** {@code names} are the request's, in order: each one the store refused is reported where it was sent. */
  static ApiProblem namesTaken(NameTakenException taken, List<String> names, String at) {
    List<ApiError> errors = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (taken.names().contains(name)) {
        errors.add(ApiError.at(ErrorCode.DUPLICATE_NAME, at.isEmpty() ? "/name" : at + i + "/name",
            "name \"" + name + "\" is already used by a GRE tunnel of this account"));
      }
    }
    return new ApiProblem(ErrorCode.DUPLICATE_NAME.status(), errors);
  }

  private static ApiError notFoundError() {
    return ApiError.of(ErrorCode.TUNNEL_NOT_FOUND, NOT_FOUND);
  }
}

package dev.magicgre.stub.error;

import dev.magicgre.model.ResponseInfo;
import dev.magicgre.model.ResponseInfoSource;

/**
 * One entry of an error envelope's {@code errors[]}: a stable code, a message a person understands, and
 * (for a body field) the JSON pointer of the field.
 */
public record ApiError(int code, String message, String pointer) {

  public static ApiError of(ErrorCode code, String message) {
    return new ApiError(code.code(), message, null);
  }

  public static ApiError at(ErrorCode code, String pointer, String message) {
    return new ApiError(code.code(), message, pointer);
  }

  public ResponseInfo toResponseInfo() {
    ResponseInfo info = new ResponseInfo().code(code).message(message);
    if (pointer != null) {
      info.source(new ResponseInfoSource().pointer(pointer));
    }
    return info;
  }
}

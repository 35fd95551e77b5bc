package dev.magicgre.stub.error;

import dev.magicgre.model.ErrorChainEntry;
import dev.magicgre.model.ResponseInfo;
import dev.magicgre.model.ResponseInfoSource;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of an error envelope's {@code errors[]}: a stable code, a message a person understands, (for a body
 * field) the JSON pointer of the field, and (for the gateway's 6003) the causes Cloudflare lists in
 * {@code error_chain}.
 */
public record ApiError(int code, String message, String pointer, List<ApiError> chain) {

  public ApiError {
    chain = chain == null ? List.of() : List.copyOf(chain);
  }

  public ApiError(int code, String message, String pointer) {
    this(code, message, pointer, List.of());
  }

  public static ApiError of(ErrorCode code, String message) {
    return new ApiError(code.code(), message, null);
  }

  public static ApiError at(ErrorCode code, String pointer, String message) {
    return new ApiError(code.code(), message, pointer);
  }

  /** An error whose causes Cloudflare names in {@code error_chain}. */
  public static ApiError chained(ErrorCode code, String message, List<ApiError> causes) {
    return new ApiError(code.code(), message, null, causes);
  }

  public ResponseInfo toResponseInfo() {
    ResponseInfo info = new ResponseInfo().code(code).message(message);
    if (pointer != null) {
      info.source(new ResponseInfoSource().pointer(pointer));
    }
    if (!chain.isEmpty()) {
      List<ErrorChainEntry> entries = new ArrayList<>(chain.size());
      for (ApiError cause : chain) {
        entries.add(new ErrorChainEntry().code(cause.code()).message(cause.message()));
      }
      info.errorChain(entries);
    }
    return info;
  }
}

package dev.magicgre.client;

import dev.magicgre.client.generated.ApiException;
import dev.magicgre.client.generated.ApiResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one call of the generated client: translates its checked {@link ApiException} into the facade's
 * exceptions and repeats the call while the {@link RetryPolicy} says so, waiting in between.
 */
final class CallRunner {

  /** One call of the generated client, repeatable as it is (same request each time). */
  @FunctionalInterface
  interface GeneratedCall<E> {
    ApiResponse<E> call() throws ApiException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(CallRunner.class);

  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final ErrorTranslator errorTranslator;

  CallRunner(RetryPolicy retryPolicy, Sleeper sleeper, ErrorTranslator errorTranslator) {
    this.retryPolicy = retryPolicy;
    this.sleeper = sleeper;
    this.errorTranslator = errorTranslator;
  }

  int maxRetries() {
    return retryPolicy.maxRetries();
  }

  /** @param operation the operation's name, for the log */
  <E> ApiResponse<E> run(String operation, GeneratedCall<E> call) {
    int retries = 0;
    while (true) {
      try {
        return attempt(call);
      } catch (CloudflareApiException failure) {
        if (!retryPolicy.shouldRetry(failure, retries)) {
          throw failure;
        }
        retries++;
        Duration delay = retryPolicy.delayBefore(retries, failure);
        LOG.debug("{} failed ({}); retry {} of {} in {} ms",
            operation, failure.getMessage(), retries, retryPolicy.maxRetries(), delay.toMillis());
        waitOrGiveUp(delay, failure);
      }
    }
  }

  private <E> ApiResponse<E> attempt(GeneratedCall<E> call) {
    CapturedResponse.clear();
    try {
      return call.call();
    } catch (ApiException failure) {
      throw errorTranslator.translate(failure, CapturedResponse.last());
    } finally {
      CapturedResponse.clear();
    }
  }

  private void waitOrGiveUp(Duration delay, CloudflareApiException failure) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      failure.addSuppressed(interrupted);
      throw failure;
    }
  }
}

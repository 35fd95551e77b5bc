package dev.magicgre.testkit;

import dev.magicgre.stub.auth.Identities;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against an in-process Magic GRE stub, like WireMock's {@code @WireMockTest}: one stub per
 * class on an ephemeral loopback port, its state emptied before every test, and as test (or lifecycle) method
 * parameters a {@link GreTunnelsStubRuntimeInfo}, a ready {@link dev.magicgre.client.GreTunnelsClient}, a
 * {@link StubState} and the {@link dev.magicgre.client.WriteOptions} of the chosen target form. For options set
 * in code, or to reach the stub from a field, register {@link GreTunnelsStubExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(GreTunnelsStubExtension.class)
public @interface GreTunnelsStubTest {

  /** The injected client's API token; ignored when {@link #apiEmail()} is set. Default: the stub's example token. */
  String apiToken() default Identities.EXAMPLE_TOKEN;

  /** With {@link #apiKey()}: the injected client uses the e-mail + Global API key scheme instead of a token. */
  String apiEmail() default "";

  String apiKey() default "";

  /** The target form of the injected {@code WriteOptions}: true is the object form ({@code x-magic-new-hc-target: true}). */
  boolean newTargetFormat() default false;

  /** The injected client's connect timeout, in milliseconds. */
  long connectTimeoutMillis() default 5_000;

  /** The injected client's read timeout, in milliseconds. */
  long readTimeoutMillis() default 10_000;

  /** False keeps the stub's state from one test to the next (the class's tests then share what they create). */
  boolean resetBeforeEach() default true;

  /** Whether the stub also serves its control API under {@code /__stub/} (for tools that drive it over HTTP). */
  boolean controlApi() default true;
}

package dev.magicgre.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;

/**
 * {@code health_check.target}: either the legacy string form ({@code "203.0.113.1"}) or the object form
 * ({@code {"saved": .., "effective": ..}}) used when the {@code x-magic-new-hc-target} header is true.
 *
 * <p>Hand-written because the generators either drop the string form (jaxrs-spec) or produce a weakly typed
 * wrapper (java); it is injected into every generation with {@code schemaMappings}. Immutable: the object form
 * is kept as two strings and {@link #asObject()} hands out a fresh copy. JSON decoding goes by token kind
 * only; which form a request must use is the server's business (it depends on a header).
 */
@JsonSerialize(using = HealthCheckTarget.Serializer.class)
@JsonDeserialize(using = HealthCheckTarget.Deserializer.class)
public final class HealthCheckTarget {

  /** Does something with whichever form a target has. */
  public interface Visitor<T> {
    T visitAddress(String address);

    T visitObject(MagicHealthCheckTarget object);
  }

  private final String address;
  private final String saved;
  private final String effective;
  private final boolean objectForm;

  private HealthCheckTarget(String address, String saved, String effective, boolean objectForm) {
    this.address = address;
    this.saved = saved;
    this.effective = effective;
    this.objectForm = objectForm;
  }

  /** The string form: the target address itself. */
  public static HealthCheckTarget ofAddress(String address) {
    return new HealthCheckTarget(Objects.requireNonNull(address, "address"), null, null, false);
  }

  /** The object form, copied from a generated {@link MagicHealthCheckTarget}. */
  public static HealthCheckTarget ofObject(MagicHealthCheckTarget object) {
    Objects.requireNonNull(object, "object");
    return new HealthCheckTarget(null, object.getSaved(), object.getEffective(), true);
  }

  /** The object form as a request sends it: only {@code saved} ({@code ""} means "use the computed default"). */
  public static HealthCheckTarget ofSaved(String saved) {
    return new HealthCheckTarget(null, saved, null, true);
  }

  /** The object form as a response carries it. */
  public static HealthCheckTarget ofSavedAndEffective(String saved, String effective) {
    return new HealthCheckTarget(null, saved, effective, true);
  }

  public boolean isAddress() {
    return !objectForm;
  }

  public boolean isObject() {
    return objectForm;
  }

  /** The string form's address; throws if this target is in object form. */
  public String asAddress() {
    if (objectForm) {
      throw new IllegalStateException("health_check.target is in object form {saved, effective}, not a string");
    }
    return address;
  }

  /** A fresh copy of the object form; throws if this target is in string form. */
  public MagicHealthCheckTarget asObject() {
    if (!objectForm) {
      throw new IllegalStateException("health_check.target is in string form, not an object {saved, effective}");
    }
    return new MagicHealthCheckTarget().saved(saved).effective(effective);
  }

  /** {@code saved} of the object form (may be null); throws if this target is in string form. */
  public String saved() {
    return asObject().getSaved();
  }

  /** {@code effective} of the object form (may be null); throws if this target is in string form. */
  public String effective() {
    return asObject().getEffective();
  }

  public <T> T accept(Visitor<T> visitor) {
    return objectForm ? visitor.visitObject(asObject()) : visitor.visitAddress(address);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof HealthCheckTarget)) {
      return false;
    }
    HealthCheckTarget that = (HealthCheckTarget) other;
    return objectForm == that.objectForm
        && Objects.equals(address, that.address)
        && Objects.equals(saved, that.saved)
        && Objects.equals(effective, that.effective);
  }

  @Override
  public int hashCode() {
    return Objects.hash(objectForm, address, saved, effective);
  }

  @Override
  public String toString() {
    return objectForm
        ? "HealthCheckTarget{saved=" + saved + ", effective=" + effective + "}"
        : "HealthCheckTarget{" + address + "}";
  }

  /** Writes the string form as a JSON string and the object form as {@code {saved, effective}}, nulls left out. */
  static final class Serializer extends StdSerializer<HealthCheckTarget> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(HealthCheckTarget.class);
    }

    @Override
    public void serialize(HealthCheckTarget value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value.isAddress()) {
        gen.writeString(value.address);
        return;
      }
      gen.writeStartObject();
      if (value.saved != null) {
        gen.writeStringField("saved", value.saved);
      }
      if (value.effective != null) {
        gen.writeStringField("effective", value.effective);
      }
      gen.writeEndObject();
    }
  }

  /** Reads a JSON string or object; refuses every other token (number, array, boolean, null) by name. */
  static final class Deserializer extends StdDeserializer<HealthCheckTarget> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(HealthCheckTarget.class);
    }

    @Override
    public HealthCheckTarget deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        return ofAddress(parser.getText());
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.FIELD_NAME) {
        return ofObject(context.readValue(parser, MagicHealthCheckTarget.class));
      }
      throw refused(parser, describe(token));
    }

    /** Jackson hands an explicit null here instead of to {@link #deserialize}: a null target is refused too. */
    @Override
    public HealthCheckTarget getNullValue(DeserializationContext context) throws MismatchedInputException {
      throw refused(context.getParser(), "null");
    }

    private static MismatchedInputException refused(JsonParser parser, String found) {
      return MismatchedInputException.from(parser, HealthCheckTarget.class,
          "health_check.target must be a string or an object {\"saved\", \"effective\"}, not " + found);
    }

    private static String describe(JsonToken token) {
      if (token == null) {
        return "nothing";
      }
      switch (token) {
        case START_ARRAY:
          return "an array";
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "a number";
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "a boolean";
        case VALUE_NULL:
          return "null";
        default:
          return token.asString() == null ? token.name() : token.asString();
      }
    }
  }
}

package dev.magicgre.stub.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The callers the stub knows: the doc page's example identities by default, or those of a credentials file.
 * Lookups walk every identity without stopping at the first match, so their time does not depend on which
 * (or whether one) matched.
 */
public final class Identities {

  /** The page's example accounts; the default identities are granted these and no others. */
  public static final Set<String> EXAMPLE_ACCOUNTS =
      Set.of("023e105f4ecef8ad9ca31a8372d0c353", "9a7806061c88ada191ed06f989cc3dac");
  public static final String EXAMPLE_TOKEN = "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY";
  public static final String EXAMPLE_EMAIL = "user@example.com";
  public static final String EXAMPLE_KEY = "144c9defac04969c7bfad8efaa8ea194";
  public static final String EXAMPLE_READ_ONLY_TOKEN = "ReadOnlyMagicWanToken0000000000000000000";

  private final List<Identity> identities;

  public Identities(List<Identity> identities) {
    this.identities = List.copyOf(identities);
  }

  public static Identities defaults() {
    return new Identities(List.of(
        Identity.token("example-token", EXAMPLE_TOKEN, Set.of("Magic WAN Write"), EXAMPLE_ACCOUNTS),
        Identity.globalKey(EXAMPLE_EMAIL, EXAMPLE_KEY, Set.of("Magic WAN Write", "Magic Transit Write"), EXAMPLE_ACCOUNTS),
        Identity.token("example-read-only-token", EXAMPLE_READ_ONLY_TOKEN, Set.of("Magic WAN Read"), EXAMPLE_ACCOUNTS)));
  }

  /** Reads a credentials file (format in docs/running-the-stub.md); a broken file stops start-up with a clear message. */
  public static Identities fromFile(Path file, ObjectMapper mapper) throws IOException {
    CredentialsFile parsed;
    try {
      parsed = mapper.reader()
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(file.toFile(), CredentialsFile.class);
    } catch (JsonProcessingException broken) {
      // Jackson's message quotes the offending text, which may be a secret (an unquoted token): keep only
      // the kind of problem and its position, and drop the cause so no stack trace carries it either
      throw new IOException(file + ": " + describe(broken));
    }
    List<Identity> identities = new ArrayList<>();
    for (TokenEntry token : listOrEmpty(parsed.tokens)) {
      require(token.token != null && !token.token.isBlank(), file, "every token needs \"token\"");
      identities.add(Identity.token(token.name == null ? "token" : token.name, token.token,
          Set.copyOf(listOrEmpty(token.permissions)), Set.copyOf(listOrEmpty(token.accounts))));
    }
    for (KeyEntry key : listOrEmpty(parsed.keys)) {
      require(key.email != null && key.key != null, file, "every key needs \"email\" and \"key\"");
      identities.add(Identity.globalKey(key.email, key.key, Set.copyOf(listOrEmpty(key.permissions)),
          Set.copyOf(listOrEmpty(key.accounts))));
    }
    return new Identities(identities);
  }

  private static String describe(JsonProcessingException broken) {
    String what = broken instanceof UnrecognizedPropertyException
        ? "unknown field \"" + ((UnrecognizedPropertyException) broken).getPropertyName() + "\""
        : "not a valid credentials file (JSON {\"tokens\": [...], \"keys\": [...]})";
    JsonLocation location = broken.getLocation();
    return location == null || location.getLineNr() < 1
        ? what
        : what + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** A list the file left out or set to null is empty, and null entries are skipped (Set.copyOf refuses them). */
  private static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
  }

  public Optional<Identity> byToken(String token) {
    Identity found = null;
    for (Identity identity : identities) {
      if (identity.isToken() & identity.hasSecret(token)) {
        found = identity;
      }
    }
    return Optional.ofNullable(found);
  }

  public Optional<Identity> byEmailAndKey(String email, String key) {
    Identity found = null;
    for (Identity identity : identities) {
      if (!identity.isToken() & identity.hasSecret(key) & identity.hasEmail(email)) {
        found = identity;
      }
    }
    return Optional.ofNullable(found);
  }

  public int size() {
    return identities.size();
  }

  private static void require(boolean condition, Path file, String message) throws IOException {
    if (!condition) {
      throw new IOException(file + ": " + message);
    }
  }

  /** The credentials file: {@code {"tokens": [...], "keys": [...]}}. */
  static final class CredentialsFile {
    @JsonProperty("tokens")
    List<TokenEntry> tokens = List.of();
    @JsonProperty("keys")
    List<KeyEntry> keys = List.of();
  }

  static final class TokenEntry {
    @JsonProperty("name")
    String name;
    @JsonProperty("token")
    String token;
    @JsonProperty("permissions")
    List<String> permissions = List.of();
    @JsonProperty("accounts")
    List<String> accounts = List.of();
  }

  static final class KeyEntry {
    @JsonProperty("email")
    String email;
    @JsonProperty("key")
    String key;
    @JsonProperty("permissions")
    List<String> permissions = List.of();
    @JsonProperty("accounts")
    List<String> accounts = List.of();
  }
}

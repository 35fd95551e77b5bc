package dev.magicgre.stub.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.stub.error.ErrorCode;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The field rules of one tunnel in a request body, shared by create and update (one tunnel or several): every
 * field's JSON type first (a wrong type is reported as such, with its pointer, never as a range error), then its
 * own rule. Checked on the JSON tree before anything is bound to the model, so that all violations of a request
 * come back at once. {@code at} is the pointer of the tunnel in the body: {@code ""} for a bare tunnel,
 * {@code /gre_tunnels/1} for the second of several. BGP is not here: create checks it ({@link #checkBgp}), update
 * refuses it.
 */
final class TunnelFieldRules {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,15}");
  private static final List<String> RATES = List.of("low", "mid", "high");
  private static final List<String> TYPES = List.of("reply", "request");
  private static final List<String> DIRECTIONS = List.of("unidirectional", "bidirectional");
  private static final int MIN_MTU = 576;

  private TunnelFieldRules() {
  }

  /** The tunnel's fields but {@code bgp}; false (and a wrong type reported) when {@code tunnel} is not an object. */
  static boolean checkFields(JsonNode tunnel, String at, TargetForm targetForm, Violations violations) {
    if (!tunnel.isObject()) {
      violations.add(ErrorCode.WRONG_JSON_TYPE, at, (at.isEmpty() ? "the request body" : "each tunnel")
          + " must be a JSON object, not " + Violations.kind(tunnel));
      return false;
    }
    checkName(tunnel, at, violations);
    checkEndpoint(tunnel, at, "cloudflare_gre_endpoint", violations);
    checkEndpoint(tunnel, at, "customer_gre_endpoint", violations);
    checkInterfaceAddresses(tunnel, at, violations);
    violations.text(tunnel, "description", at + "/description", false);
    violations.bool(tunnel, "automatic_return_routing", at + "/automatic_return_routing");
    checkMtuAndTtl(tunnel, at, violations);
    checkHealthCheck(tunnel, at, targetForm, violations);
    return true;
  }

  private static void checkName(JsonNode tunnel, String at, Violations violations) {
    String name = violations.text(tunnel, "name", at + "/name", true);
    if (name != null && !NAME.matcher(name).matches()) {
      violations.add(ErrorCode.INVALID_NAME, at + "/name",
          "name must be 1 to 15 characters: letters, digits and underscore only");
    }
  }

  private static void checkEndpoint(JsonNode tunnel, String at, String field, Violations violations) {
    String pointer = at + "/" + field;
    String address = violations.text(tunnel, field, pointer, true);
    if (address != null && !IpAddresses.isIp(address)) {
      violations.add(ErrorCode.INVALID_IP_ADDRESS, pointer,
          field + " must be an IPv4 or IPv6 address, not \"" + Violations.clip(address) + "\"");
    }
  }

  private static void checkInterfaceAddresses(JsonNode tunnel, String at, Violations violations) {
    String v4 = violations.text(tunnel, "interface_address", at + "/interface_address", true);
    if (v4 != null && !IpAddresses.isPrivateSlash31(v4)) {
      violations.add(ErrorCode.INVALID_INTERFACE_ADDRESS, at + "/interface_address",
          "interface_address must be a /31 prefix inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, for example 10.212.0.0/31");
    }
    String v6 = violations.text(tunnel, "interface_address6", at + "/interface_address6", false);
    if (v6 != null && !IpAddresses.isIpv6Slash127(v6)) {
      violations.add(ErrorCode.INVALID_INTERFACE_ADDRESS6, at + "/interface_address6",
          "interface_address6 must be an IPv6 /127 prefix, for example 2606:54c1:7:0:a9fe:12d2:1:200/127");
    }
  }

  private static void checkMtuAndTtl(JsonNode tunnel, String at, Violations violations) {
    BigInteger mtu = violations.integer(tunnel, "mtu", at + "/mtu", false);
    if (mtu != null && !within(mtu, MIN_MTU, Integer.MAX_VALUE)) {
      violations.add(ErrorCode.INVALID_MTU, at + "/mtu",
          "mtu must be an integer from 576 to 2147483647 (bytes), not " + Violations.clip(mtu.toString()));
    }
    BigInteger ttl = violations.integer(tunnel, "ttl", at + "/ttl", false);
    if (ttl != null && !within(ttl, 1, 255)) {
      violations.add(ErrorCode.INVALID_TTL, at + "/ttl",
          "ttl must be an integer from 1 to 255 (hops), not " + Violations.clip(ttl.toString()));
    }
  }

  private static boolean within(BigInteger value, long min, long max) {
    return value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0;
  }

  /** {@code bgp}, when the tunnel has it: the rules of a create. */
  static void checkBgp(JsonNode tunnel, String at, Violations violations) {
    JsonNode bgp = violations.object(tunnel, "bgp", at + "/bgp");
    if (bgp == null) {
      return;
    }
    String bgpAt = at + "/bgp";
    BigInteger asn = violations.integer(bgp, "customer_asn", bgpAt + "/customer_asn", true);
    if (asn != null && !within(asn, 0, Integer.MAX_VALUE)) {
      violations.add(ErrorCode.INVALID_CUSTOMER_ASN, bgpAt + "/customer_asn",
          "customer_asn must be an integer from 0 to 2147483647, not " + Violations.clip(asn.toString()));
    }
    JsonNode prefixes = violations.array(bgp, "extra_prefixes", bgpAt + "/extra_prefixes", false, "strings");
    if (prefixes != null) {
      for (int i = 0; i < prefixes.size(); i++) {
        String pointer = bgpAt + "/extra_prefixes/" + i;
        JsonNode prefix = prefixes.get(i);
        if (!prefix.isTextual()) {
          violations.wrongType(pointer, "extra_prefixes[" + i + "]", "a string", prefix);
        } else if (!IpAddresses.isCidr(prefix.textValue())) {
          violations.add(ErrorCode.INVALID_EXTRA_PREFIX, pointer,
              "extra_prefixes[" + i + "] must be a CIDR prefix such as 192.0.2.0/24, not \""
                  + Violations.clip(prefix.textValue()) + "\"");
        }
      }
    }
    String md5Key = violations.text(bgp, "md5_key", bgpAt + "/md5_key", false);
    if (md5Key != null && !Md5Keys.isAllowed(md5Key)) {
      // the key is not a secret by Cloudflare's own account, but we still never echo it back
      violations.add(ErrorCode.INVALID_MD5_KEY, bgpAt + "/md5_key",
          "md5_key must be non-empty printable ASCII without the quotation mark (\") and the question mark (?)");
    }
    checkFilterId(bgp, bgpAt, "export_filter_id", violations);
    checkFilterId(bgp, bgpAt, "import_filter_id", violations);
  }

  private static void checkFilterId(JsonNode bgp, String bgpAt, String field, Violations violations) {
    String pointer = bgpAt + "/" + field;
    String id = violations.text(bgp, field, pointer, false);
    if (id != null && !Hex32.isHex32(id)) {
      violations.add(ErrorCode.INVALID_FILTER_ID, pointer, field + " must be 32 lowercase hexadecimal characters");
    }
  }

  private static void checkHealthCheck(JsonNode tunnel, String at, TargetForm targetForm, Violations violations) {
    String healthAt = at + "/health_check";
    JsonNode healthCheck = violations.object(tunnel, "health_check", healthAt);
    if (healthCheck == null) {
      return;
    }
    violations.bool(healthCheck, "enabled", healthAt + "/enabled");
    violations.enumValue(healthCheck, "rate", healthAt + "/rate", RATES);
    violations.enumValue(healthCheck, "type", healthAt + "/type", TYPES);
    violations.enumValue(healthCheck, "direction", healthAt + "/direction", DIRECTIONS);
    JsonNode target = healthCheck.get("target");
    if (target != null) {
      checkTarget(target, healthAt + "/target", targetForm, violations);
    }
  }

  private static void checkTarget(JsonNode target, String pointer, TargetForm targetForm, Violations violations) {
    if (target.isNull()) {
      // null is a wrong type for every optional field, whichever form the header asks for
      violations.wrongType(pointer, "health_check.target",
          targetForm == TargetForm.OBJECT ? "an object {\"saved\": ...}" : "a string", target);
      return;
    }
    if (targetForm == TargetForm.OBJECT && !target.isObject()) {
      violations.add(ErrorCode.WRONG_TARGET_FORM, pointer,
          "with x-magic-new-hc-target: true, health_check.target must be an object {\"saved\": ...}, not "
              + Violations.kind(target));
      return;
    }
    if (targetForm == TargetForm.STRING && !target.isTextual()) {
      violations.add(ErrorCode.WRONG_TARGET_FORM, pointer,
          "without x-magic-new-hc-target: true, health_check.target must be a string, not " + Violations.kind(target));
      return;
    }
    // in object form only saved is read: effective is read-only and ignored whatever its type (the binder
    // skips it too), as is any other member
    String address = target.isTextual() ? target.textValue() : violations.text(target, "saved", pointer + "/saved", false);
    String addressPointer = target.isTextual() ? pointer : pointer + "/saved";
    if (address != null && !IpAddresses.isTarget(address)) {
      violations.add(ErrorCode.INVALID_IP_ADDRESS, addressPointer,
          "health_check.target must be an IPv4 or IPv6 address or empty, not \"" + Violations.clip(address) + "\"");
    }
  }
}

package dev.magicgre.stub.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.stub.http.ApiError;
import dev.magicgre.stub.http.ErrorCode;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every rule of the doc page for a create request, checked on the JSON tree before anything is bound to the
 * model: that way a wrong type ({@code "mtu": "big"}) is reported with its pointer like any other rule, and
 * all violations of one request come back at once. Uniqueness of the name is the store's job.
 */
public final class GreTunnelRequestValidator {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,15}");
  private static final Pattern FILTER_ID = Pattern.compile("[0-9a-f]{32}");
  private static final List<String> RATES = List.of("low", "mid", "high");
  private static final List<String> TYPES = List.of("reply", "request");
  private static final List<String> DIRECTIONS = List.of("unidirectional", "bidirectional");
  private static final int MIN_MTU = 576;

  /** Answers the violations of {@code body}; an empty list means the request may be created. */
  public List<ApiError> validate(JsonNode body, TargetForm targetForm) {
    Violations violations = new Violations();
    if (!body.isObject()) {
      violations.add(ErrorCode.WRONG_JSON_TYPE, "", "the request body must be a JSON object, not " + Violations.kind(body));
      return violations.list();
    }
    checkName(body, violations);
    checkEndpoint(body, "cloudflare_gre_endpoint", violations);
    checkEndpoint(body, "customer_gre_endpoint", violations);
    checkInterfaceAddresses(body, violations);
    violations.text(body, "description", "/description", false);
    violations.bool(body, "automatic_return_routing", "/automatic_return_routing");
    checkMtuAndTtl(body, violations);
    checkBgp(body, violations);
    checkHealthCheck(body, targetForm, violations);
    return violations.list();
  }

  private static void checkName(JsonNode body, Violations violations) {
    String name = violations.text(body, "name", "/name", true);
    if (name != null && !NAME.matcher(name).matches()) {
      violations.add(ErrorCode.INVALID_NAME, "/name",
          "name must be 1 to 15 characters: letters, digits and underscore only");
    }
  }

  private static void checkEndpoint(JsonNode body, String field, Violations violations) {
    String pointer = "/" + field;
    String address = violations.text(body, field, pointer, true);
    if (address != null && !IpAddresses.isIp(address)) {
      violations.add(ErrorCode.INVALID_IP_ADDRESS, pointer,
          field + " must be an IPv4 or IPv6 address, not \"" + Violations.clip(address) + "\"");
    }
  }

  private static void checkInterfaceAddresses(JsonNode body, Violations violations) {
    String v4 = violations.text(body, "interface_address", "/interface_address", true);
    if (v4 != null && !IpAddresses.isPrivateSlash31(v4)) {
      violations.add(ErrorCode.INVALID_INTERFACE_ADDRESS, "/interface_address",
          "interface_address must be a /31 prefix inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, for example 10.212.0.0/31");
    }
    String v6 = violations.text(body, "interface_address6", "/interface_address6", false);
    if (v6 != null && !IpAddresses.isIpv6Slash127(v6)) {
      violations.add(ErrorCode.INVALID_INTERFACE_ADDRESS6, "/interface_address6",
          "interface_address6 must be an IPv6 /127 prefix, for example 2606:54c1:7:0:a9fe:12d2:1:200/127");
    }
  }

  private static void checkMtuAndTtl(JsonNode body, Violations violations) {
    BigInteger mtu = violations.integer(body, "mtu", "/mtu", false);
    if (mtu != null && !within(mtu, MIN_MTU, Integer.MAX_VALUE)) {
      violations.add(ErrorCode.INVALID_MTU, "/mtu",
          "mtu must be an integer from 576 to 2147483647 (bytes), not " + Violations.clip(mtu.toString()));
    }
    BigInteger ttl = violations.integer(body, "ttl", "/ttl", false);
    if (ttl != null && !within(ttl, 1, 255)) {
      violations.add(ErrorCode.INVALID_TTL, "/ttl",
          "ttl must be an integer from 1 to 255 (hops), not " + Violations.clip(ttl.toString()));
    }
  }

  private static boolean within(BigInteger value, long min, long max) {
    return value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0;
  }

  private static void checkBgp(JsonNode body, Violations violations) {
    JsonNode bgp = violations.object(body, "bgp", "/bgp");
    if (bgp == null) {
      return;
    }
    BigInteger asn = violations.integer(bgp, "customer_asn", "/bgp/customer_asn", true);
    if (asn != null && !within(asn, 0, Integer.MAX_VALUE)) {
      violations.add(ErrorCode.INVALID_CUSTOMER_ASN, "/bgp/customer_asn",
          "customer_asn must be an integer from 0 to 2147483647, not " + Violations.clip(asn.toString()));
    }
    JsonNode prefixes = violations.array(bgp, "extra_prefixes", "/bgp/extra_prefixes");
    if (prefixes != null) {
      for (int i = 0; i < prefixes.size(); i++) {
        String pointer = "/bgp/extra_prefixes/" + i;
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
    String md5Key = violations.text(bgp, "md5_key", "/bgp/md5_key", false);
    if (md5Key != null && !Md5Keys.isAllowed(md5Key)) {
      // the key is not a secret by Cloudflare's own account, but we still never echo it back
      violations.add(ErrorCode.INVALID_MD5_KEY, "/bgp/md5_key",
          "md5_key must be non-empty printable ASCII without the quotation mark (\") and the question mark (?)");
    }
    checkFilterId(bgp, "export_filter_id", violations);
    checkFilterId(bgp, "import_filter_id", violations);
  }

  private static void checkFilterId(JsonNode bgp, String field, Violations violations) {
    String pointer = "/bgp/" + field;
    String id = violations.text(bgp, field, pointer, false);
    if (id != null && !FILTER_ID.matcher(id).matches()) {
      violations.add(ErrorCode.INVALID_FILTER_ID, pointer, field + " must be 32 lowercase hexadecimal characters");
    }
  }

  private static void checkHealthCheck(JsonNode body, TargetForm targetForm, Violations violations) {
    JsonNode healthCheck = violations.object(body, "health_check", "/health_check");
    if (healthCheck == null) {
      return;
    }
    violations.bool(healthCheck, "enabled", "/health_check/enabled");
    violations.enumValue(healthCheck, "rate", "/health_check/rate", RATES);
    violations.enumValue(healthCheck, "type", "/health_check/type", TYPES);
    violations.enumValue(healthCheck, "direction", "/health_check/direction", DIRECTIONS);
    JsonNode target = healthCheck.get("target");
    if (target != null) {
      checkTarget(target, targetForm, violations);
    }
  }

  private static void checkTarget(JsonNode target, TargetForm targetForm, Violations violations) {
    String pointer = "/health_check/target";
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
    String address = target.isTextual() ? target.textValue() : violations.text(target, "saved", pointer + "/saved", false);
    String addressPointer = target.isTextual() ? pointer : pointer + "/saved";
    // the empty string asks for the computed default (customer_gre_endpoint)
    if (address != null && !address.isEmpty() && !IpAddresses.isIp(address)) {
      violations.add(ErrorCode.INVALID_IP_ADDRESS, addressPointer,
          "health_check.target must be an IPv4 or IPv6 address or empty, not \"" + Violations.clip(address) + "\"");
    }
  }
}

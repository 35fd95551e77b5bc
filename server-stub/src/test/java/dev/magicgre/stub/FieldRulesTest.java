package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #3, point 3: every rule of the page, one errors[] entry per violation with its code and pointer, and
 * nothing stored. Each case takes the minimal valid body and sets (or removes, for null) one value.
 */
class FieldRulesTest {

  private static final String ASN = "{\"customer_asn\": 64512, ";

  @RegisterExtension
  static final RunningStub STUB = new RunningStub();

  /** where to set, the raw JSON to set there (null: remove), the code, the pointer of the error. */
  static Stream<Arguments> refused() {
    return Stream.of(
        // required fields
        rule("/name", null, 1001, "/name"),
        rule("/cloudflare_gre_endpoint", null, 1001, "/cloudflare_gre_endpoint"),
        rule("/customer_gre_endpoint", null, 1001, "/customer_gre_endpoint"),
        rule("/interface_address", null, 1001, "/interface_address"),
        rule("/bgp", "{\"md5_key\": \"abc\"}", 1001, "/bgp/customer_asn"),
        // name
        rule("/name", "\"\"", 1003, "/name"),
        rule("/name", "\"ABCDEFGHIJ123456\"", 1003, "/name"),
        rule("/name", "\"GRE 1\"", 1003, "/name"),
        rule("/name", "\"GRE-1\"", 1003, "/name"),
        rule("/name", "\"Grü_1\"", 1003, "/name"),
        rule("/name", "\"GRE_1\\n\"", 1003, "/name"),
        // endpoints
        rule("/cloudflare_gre_endpoint", "\"203.0.113\"", 1005, "/cloudflare_gre_endpoint"),
        rule("/cloudflare_gre_endpoint", "\"203.0.113.256\"", 1005, "/cloudflare_gre_endpoint"),
        rule("/cloudflare_gre_endpoint", "\"203.0.113.01\"", 1005, "/cloudflare_gre_endpoint"),
        rule("/cloudflare_gre_endpoint", "\"203.0.113.1/32\"", 1005, "/cloudflare_gre_endpoint"),
        rule("/customer_gre_endpoint", "\"example.com\"", 1005, "/customer_gre_endpoint"),
        rule("/customer_gre_endpoint", "\"2001:db8::g\"", 1005, "/customer_gre_endpoint"),
        rule("/customer_gre_endpoint", "\"2001:db8:::1\"", 1005, "/customer_gre_endpoint"),
        rule("/customer_gre_endpoint", "\"\"", 1005, "/customer_gre_endpoint"),
        // interface_address
        rule("/interface_address", "\"10.212.0.0/30\"", 1006, "/interface_address"),
        rule("/interface_address", "\"10.212.0.0\"", 1006, "/interface_address"),
        rule("/interface_address", "\"192.0.2.0/31\"", 1006, "/interface_address"),
        rule("/interface_address", "\"172.32.0.0/31\"", 1006, "/interface_address"),
        rule("/interface_address", "\"172.15.255.254/31\"", 1006, "/interface_address"),
        rule("/interface_address", "\"192.169.0.0/31\"", 1006, "/interface_address"),
        rule("/interface_address", "\"11.0.0.0/31\"", 1006, "/interface_address"),
        rule("/interface_address", "\"10.256.0.0/31\"", 1006, "/interface_address"),
        rule("/interface_address", "\"fd00::/31\"", 1006, "/interface_address"),
        // interface_address6
        rule("/interface_address6", "\"2606:54c1:7:0:a9fe:12d2:1:200/128\"", 1007, "/interface_address6"),
        rule("/interface_address6", "\"2606:54c1:7:0:a9fe:12d2:1:200\"", 1007, "/interface_address6"),
        rule("/interface_address6", "\"10.0.0.0/127\"", 1007, "/interface_address6"),
        rule("/interface_address6", "\"2606:zz::/127\"", 1007, "/interface_address6"),
        // mtu
        rule("/mtu", "575", 1008, "/mtu"),
        rule("/mtu", "0", 1008, "/mtu"),
        rule("/mtu", "-1476", 1008, "/mtu"),
        rule("/mtu", "2147483648", 1008, "/mtu"),
        rule("/mtu", "99999999999999999999", 1008, "/mtu"),
        rule("/mtu", "\"big\"", 1002, "/mtu"),
        rule("/mtu", "\"1476\"", 1002, "/mtu"),
        rule("/mtu", "1476.0", 1002, "/mtu"),
        rule("/mtu", "1476.5", 1002, "/mtu"),
        rule("/mtu", "1e3", 1002, "/mtu"),
        rule("/mtu", "null", 1002, "/mtu"),
        // ttl
        rule("/ttl", "0", 1009, "/ttl"),
        rule("/ttl", "256", 1009, "/ttl"),
        rule("/ttl", "-1", 1009, "/ttl"),
        rule("/ttl", "true", 1002, "/ttl"),
        // bgp
        rule("/bgp", "{\"customer_asn\": -1}", 1010, "/bgp/customer_asn"),
        rule("/bgp", "{\"customer_asn\": 2147483648}", 1010, "/bgp/customer_asn"),
        rule("/bgp", "{\"customer_asn\": 99999999999999999999}", 1010, "/bgp/customer_asn"),
        rule("/bgp", "{\"customer_asn\": -99999999999999999999}", 1010, "/bgp/customer_asn"),
        rule("/bgp", "{\"customer_asn\": \"64512\"}", 1002, "/bgp/customer_asn"),
        rule("/bgp", "{\"customer_asn\": 64512.0}", 1002, "/bgp/customer_asn"),
        rule("/bgp", ASN + "\"extra_prefixes\": [\"10.0.0.0/33\"]}", 1011, "/bgp/extra_prefixes/0"),
        rule("/bgp", ASN + "\"extra_prefixes\": [\"192.0.2.0/24\", \"::/129\"]}", 1011, "/bgp/extra_prefixes/1"),
        rule("/bgp", ASN + "\"extra_prefixes\": [\"192.0.2.0\"]}", 1011, "/bgp/extra_prefixes/0"),
        rule("/bgp", ASN + "\"extra_prefixes\": [\"192.0.2.0/\"]}", 1011, "/bgp/extra_prefixes/0"),
        rule("/bgp", ASN + "\"extra_prefixes\": [\"192.0.2.0/24/1\"]}", 1011, "/bgp/extra_prefixes/0"),
        rule("/bgp", ASN + "\"extra_prefixes\": [\"\"]}", 1011, "/bgp/extra_prefixes/0"),
        rule("/bgp", ASN + "\"extra_prefixes\": [24]}", 1002, "/bgp/extra_prefixes/0"),
        rule("/bgp", ASN + "\"extra_prefixes\": \"192.0.2.0/24\"}", 1002, "/bgp/extra_prefixes"),
        rule("/bgp", ASN + "\"md5_key\": \"\"}", 1012, "/bgp/md5_key"),
        rule("/bgp", ASN + "\"md5_key\": \"a\\tb\"}", 1012, "/bgp/md5_key"),
        rule("/bgp", ASN + "\"md5_key\": \"a\\nb\"}", 1012, "/bgp/md5_key"),
        rule("/bgp", ASN + "\"md5_key\": \"a\\rb\"}", 1012, "/bgp/md5_key"),
        rule("/bgp", ASN + "\"md5_key\": \"a\\u000bb\"}", 1012, "/bgp/md5_key"),
        rule("/bgp", ASN + "\"md5_key\": \"a\\fb\"}", 1012, "/bgp/md5_key"),
        rule("/bgp", ASN + "\"md5_key\": \"a?b\"}", 1012, "/bgp/md5_key"),
        rule("/bgp", ASN + "\"md5_key\": \"a\\\"b\"}", 1012, "/bgp/md5_key"),
        rule("/bgp", ASN + "\"md5_key\": \"schlüssel\"}", 1012, "/bgp/md5_key"),
        rule("/bgp", ASN + "\"md5_key\": \"a\\u007fb\"}", 1012, "/bgp/md5_key"),
        rule("/bgp", ASN + "\"md5_key\": 12345}", 1002, "/bgp/md5_key"),
        rule("/bgp", ASN + "\"export_filter_id\": \"0123456789ABCDEF0123456789ABCDEF\"}", 1015, "/bgp/export_filter_id"),
        rule("/bgp", ASN + "\"import_filter_id\": \"abc\"}", 1015, "/bgp/import_filter_id"),
        rule("/bgp", "[]", 1002, "/bgp"),
        rule("/bgp", "null", 1002, "/bgp"),
        // enums
        rule("/health_check/rate", "\"medium\"", 1013, "/health_check/rate"),
        rule("/health_check/rate", "\"MID\"", 1013, "/health_check/rate"),
        rule("/health_check/type", "\"ping\"", 1013, "/health_check/type"),
        rule("/health_check/direction", "\"both\"", 1013, "/health_check/direction"),
        rule("/health_check/rate", "1", 1002, "/health_check/rate"),
        // other wrong types
        rule("/name", "42", 1002, "/name"),
        rule("/name", "null", 1002, "/name"),
        rule("/cloudflare_gre_endpoint", "[\"203.0.113.1\"]", 1002, "/cloudflare_gre_endpoint"),
        rule("/interface_address", "{}", 1002, "/interface_address"),
        rule("/description", "42", 1002, "/description"),
        rule("/description", "null", 1002, "/description"),
        rule("/automatic_return_routing", "\"true\"", 1002, "/automatic_return_routing"),
        rule("/automatic_return_routing", "1", 1002, "/automatic_return_routing"),
        rule("/health_check", "\"on\"", 1002, "/health_check"),
        rule("/health_check/enabled", "\"yes\"", 1002, "/health_check/enabled"),
        rule("/health_check/enabled", "null", 1002, "/health_check/enabled"));
  }

  private static Arguments rule(String where, String rawJson, int code, String pointer) {
    return Arguments.of(where, rawJson, code, pointer);
  }

  @ParameterizedTest(name = "{0} = {1} -> {2} at {3}")
  @MethodSource("refused")
  void eachRuleRefusesItsBadValue(String where, String rawJson, int code, String pointer) {
    StubHttp.Reply reply = STUB.http().create(Bodies.with(where, rawJson)).send();

    Expect.failure(reply, 400, code, pointer);
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).isEmpty();
  }

  /** Values at the edge of a rule, on the accepted side. */
  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("/name", "\"A\""),
        Arguments.of("/name", "\"abcdefghijklmn_\""),
        Arguments.of("/name", "\"0123456789\""),
        Arguments.of("/cloudflare_gre_endpoint", "\"2606:4700::6810:84e5\""),
        Arguments.of("/customer_gre_endpoint", "\"0.0.0.0\""),
        Arguments.of("/customer_gre_endpoint", "\"::ffff:c000:0201\""),
        Arguments.of("/interface_address", "\"10.0.0.0/31\""),
        Arguments.of("/interface_address", "\"10.255.255.254/31\""),
        Arguments.of("/interface_address", "\"172.16.0.0/31\""),
        Arguments.of("/interface_address", "\"172.31.255.254/31\""),
        Arguments.of("/interface_address", "\"192.168.0.0/31\""),
        Arguments.of("/interface_address", "\"192.168.255.254/31\""),
        Arguments.of("/interface_address", "\"10.212.0.1/31\""),
        Arguments.of("/interface_address6", "\"2606:54c1:7:0:a9fe:12d2::/127\""),
        Arguments.of("/mtu", "576"),
        Arguments.of("/mtu", "9000"),
        Arguments.of("/mtu", "2147483647"),
        Arguments.of("/ttl", "1"),
        Arguments.of("/ttl", "255"),
        Arguments.of("/description", "\"\""),
        Arguments.of("/bgp", "{\"customer_asn\": 0}"),
        Arguments.of("/bgp", "{\"customer_asn\": 2147483647}"),
        Arguments.of("/bgp", ASN + "\"extra_prefixes\": []}"),
        Arguments.of("/bgp", ASN + "\"extra_prefixes\": [\"10.0.0.1/24\"]}"),
        Arguments.of("/bgp", ASN + "\"extra_prefixes\": [\"0.0.0.0/0\", \"10.0.0.0/32\", \"::/0\", \"2001:db8::/128\"]}"),
        Arguments.of("/bgp", ASN + "\"md5_key\": \" !#$%&'()*+,-./09:;<=>@AZ[\\\\]^_`az{|}~\"}"),
        Arguments.of("/bgp", ASN + "\"md5_key\": \"x\"}"),
        Arguments.of("/health_check/rate", "\"low\""),
        Arguments.of("/health_check/rate", "\"high\""),
        Arguments.of("/health_check/type", "\"request\""),
        Arguments.of("/health_check/direction", "\"bidirectional\""),
        Arguments.of("/health_check/enabled", "false"));
  }

  @ParameterizedTest(name = "{0} = {1} -> 200")
  @MethodSource("accepted")
  void valuesAtTheEdgeOfARuleAreAccepted(String where, String rawJson) {
    JsonNode result = Expect.success(STUB.http().create(Bodies.with(where, rawJson)).send());

    JsonNode sent = Bodies.with(where, rawJson).at(where);
    assertThat(result.at(where)).as("echoed %s", where).isEqualTo(sent);
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).hasSize(1);
  }

  @Test
  void allViolationsOfOneRequestAreReportedAtOnce() {
    String body = """
        {"name": "not a name!", "cloudflare_gre_endpoint": "1.2.3", "interface_address": "10.0.0.0/24",
         "mtu": "big", "ttl": 0, "bgp": {"customer_asn": -5, "extra_prefixes": ["::/129"], "md5_key": "?"},
         "health_check": {"rate": "fast", "target": {"saved": "203.0.113.9"}}}""";

    StubHttp.Reply reply = STUB.http().create(body).send();

    Expect.failure(reply, 400);
    assertThat(Expect.pointers(reply)).containsExactlyInAnyOrder("/name", "/cloudflare_gre_endpoint",
        "/customer_gre_endpoint", "/interface_address", "/mtu", "/ttl", "/bgp/customer_asn",
        "/bgp/extra_prefixes/0", "/bgp/md5_key", "/health_check/rate", "/health_check/target");
    assertThat(Expect.codes(reply)).containsExactlyInAnyOrder(1003, 1005, 1001, 1006, 1002, 1009, 1010, 1011, 1012,
        1013, 1014);
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).isEmpty();
  }

  @Test
  void anEmptyObjectListsEveryRequiredField() {
    StubHttp.Reply reply = STUB.http().create("{}").send();

    Expect.failure(reply, 400);
    assertThat(Expect.codes(reply)).containsOnly(1001);
    assertThat(Expect.pointers(reply)).containsExactlyInAnyOrder("/name", "/cloudflare_gre_endpoint",
        "/customer_gre_endpoint", "/interface_address");
  }

  @Test
  void aBodyThatIsNotAnObjectIsAWrongTypeAtTheRoot() {
    for (String body : new String[] {"[]", "\"GRE_1\"", "42", "null", "true"}) {
      Expect.failure(STUB.http().create(body).send(), 400, 1002, "");
    }
    assertThat(STUB.server().store().list(StubHttp.ACCOUNT)).isEmpty();
  }

  @Test
  void messagesNeverQuoteTheMd5Key() {
    StubHttp.Reply reply = STUB.http().create(Bodies.with("/bgp", ASN + "\"md5_key\": \"TopSecret?\"}")).send();

    Expect.failure(reply, 400, 1012, "/bgp/md5_key");
    assertThat(reply.text()).doesNotContain("TopSecret");
  }

  @Test
  void aValueTooLargeForAnyIntegerIsQuotedAsSent() {
    StubHttp.Reply reply = STUB.http().create(Bodies.with("/bgp", "{\"customer_asn\": 99999999999999999999}")).send();

    JsonNode body = Expect.failure(reply, 400, 1010, "/bgp/customer_asn");
    assertThat(body.at("/errors/0/message").asText()).contains("99999999999999999999");
  }
}

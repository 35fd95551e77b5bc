package dev.magicgre.parity;

import static dev.magicgre.parity.Scenario.expect;

import java.util.List;

/**
 * The scenarios, in the order they run (later ones use the tunnels earlier ones created): each auth failure, the
 * lifecycle in both target forms, each refusal. The expectations are the stub's contract; against Cloudflare a
 * departure is a finding, and the snapshots say exactly what it answered.
 */
final class Catalogue {

  private static final String NEW_FORM = "x-magic-new-hc-target";

  private Catalogue() {
  }

  static List<Scenario> scenarios() {
    return List.of(
        // auth failures (evidence A2 #4-#9)
        expect("auth-none", s -> ApiCall.of("GET", s.tunnels(), null).withAuth(ApiCall.Auth.NONE), 400).code(9106),
        expect("auth-malformed-authorization", s -> ApiCall.of("GET", s.tunnels(), null)
            .withAuth(ApiCall.Auth.MALFORMED_AUTHORIZATION), 400).code(6003).chain(6111),
        expect("auth-malformed-key", s -> ApiCall.of("GET", s.tunnels(), null)
            .withAuth(ApiCall.Auth.MALFORMED_KEY), 400).code(6003).chain(6103),
        expect("auth-malformed-email-and-key", s -> ApiCall.of("GET", s.tunnels(), null)
            .withAuth(ApiCall.Auth.MALFORMED_EMAIL_AND_KEY), 400).code(6003).chain(6102),
        expect("auth-unknown-token", s -> ApiCall.of("GET", s.tunnels(), null)
            .withAuth(ApiCall.Auth.UNKNOWN_TOKEN), 403).code(9109),

        // the lifecycle, both target forms
        expect("create-one-string-target", s -> ApiCall.of("POST", s.tunnels(), s.tunnelBody("A", 0, "")), 200)
            .then((s, answer) -> s.created("A", answer.body().at("/result/id").asText())),
        expect("create-one-object-target", s -> ApiCall.of("POST", s.tunnels(),
            s.tunnelBody("B", 1, "\"health_check\": {\"target\": {\"saved\": \"\"}}")).withHeader(NEW_FORM, "true"), 200)
            .then((s, answer) -> s.created("B", answer.body().at("/result/id").asText())),
        expect("create-several", s -> ApiCall.of("POST", s.tunnels(),
            "{\"gre_tunnels\": [" + s.tunnelBody("C", 2, "") + ", " + s.tunnelBody("D", 3, "") + "]}"), 200)
            .then((s, answer) -> {
              s.created("C", answer.body().at("/result/gre_tunnels/0/id").asText());
              s.created("D", answer.body().at("/result/gre_tunnels/1/id").asText());
            }),
        expect("list", s -> ApiCall.of("GET", s.tunnels(), null), 200),
        expect("get-string-target", s -> ApiCall.of("GET", s.tunnel("A"), null), 200),
        expect("get-object-target", s -> ApiCall.of("GET", s.tunnel("A"), null).withHeader(NEW_FORM, "true"), 200),
        expect("update-one", s -> ApiCall.of("PUT", s.tunnel("A"), s.tunnelBody("A", 0, "\"mtu\": 1400")), 200),
        expect("update-several", s -> ApiCall.of("PUT", s.tunnels(), "{\"gre_tunnels\": [{\"id\": \"" + s.id("C") + "\", "
            + s.tunnelBody("C", 2, "\"ttl\": 65").substring(1) + "]}"), 200),
        expect("create-validate-only", s -> ApiCall.of("POST", s.tunnels() + "?validate_only=true",
            s.tunnelBody("E", 4, "")), 200),
        expect("delete-one", s -> ApiCall.of("DELETE", s.tunnel("B"), null), 200)
            .then((s, answer) -> s.deleted("B")),

        // refusals
        expect("refusal-account-not-an-id", s -> ApiCall.of("GET", "/accounts/not%20an%20id/magic/gre_tunnels", null), 400)
            .code(7003),
        expect("refusal-tunnel-id-not-an-id", s -> ApiCall.of("GET", s.tunnels() + "/not-an-id", null), 400).code(7003),
        expect("refusal-unknown-tunnel", s -> ApiCall.of("GET", s.tunnels() + "/0123456789abcdef0123456789abcdef", null), 404),
        expect("refusal-invalid-name", s -> ApiCall.of("POST", s.tunnels(),
            s.tunnelBody("F", 5, "").replace(s.name("F"), "not a name")), 400),
        expect("refusal-duplicate-name", s -> ApiCall.of("POST", s.tunnels(), s.tunnelBody("A", 6, "")), 400),
        expect("refusal-mtu-too-small", s -> ApiCall.of("POST", s.tunnels(), s.tunnelBody("G", 7, "\"mtu\": 500")), 400),
        expect("refusal-no-tunnels", s -> ApiCall.of("POST", s.tunnels(), "{\"gre_tunnels\": []}"), 400).code(1022),
        expect("refusal-malformed-json", s -> ApiCall.of("POST", s.tunnels(), "{\"name\": "), 400),
        expect("refusal-wrong-content-type", s -> ApiCall.of("POST", s.tunnels(), s.tunnelBody("H", 8, ""))
            .withHeader("Content-Type", "text/plain"), 415).code(9207),
        expect("refusal-header-not-a-boolean", s -> ApiCall.of("GET", s.tunnels(), null).withHeader(NEW_FORM, "maybe"), 400),
        expect("refusal-deleted-tunnel", s -> ApiCall.of("GET", s.tunnels() + "/" + s.deletedId("B"), null), 404));
  }
}

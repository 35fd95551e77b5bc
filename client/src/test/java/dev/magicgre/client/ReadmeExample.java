package dev.magicgre.client;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelHealthCheckRequest;
import dev.magicgre.model.HealthCheckTarget;

/**
 * The example of docs/client.md, compiled and run by the build ({@link ReadmeExampleTest}), so the
 * documentation cannot drift from the API. The lines between the markers are copied verbatim into the doc.
 */
final class ReadmeExample {

  private ReadmeExample() {
  }

  static GreTunnel run(String baseUrl, String accountId, String apiToken) {
    // readme:begin
    GreTunnelsClient client = GreTunnelsClient.builder()
        .baseUrl(baseUrl)            // default https://api.cloudflare.com/client/v4
        .apiToken(apiToken)          // or .apiKey(email, globalApiKey)
        .build();

    GreTunnelCreateRequest request = new GreTunnelCreateRequest(
            "GRE_1", "203.0.113.1", "203.0.113.2", "10.212.0.0/31")
        .description("Tunnel for ISP X")
        .healthCheck(new GreTunnelHealthCheckRequest().target(HealthCheckTarget.ofSaved("")));

    try {
      GreTunnel tunnel = client.createGreTunnel(accountId, request,
          CreateOptions.defaults().withNewTargetFormat(true));   // object-form health_check.target
      System.out.println("created " + tunnel.getId()
          + ", health check target " + tunnel.getHealthCheck().getTarget().effective());
      return tunnel;
    } catch (BadRequestException e) {          // 400: a rule of the request was broken
      e.errors().forEach(error -> System.err.println(error.code() + " " + error.pointer() + ": " + error.message()));
      throw e;
    } catch (CloudflareApiException e) {       // any other failure, after the retries
      System.err.println(e.kind() + " " + e.status() + ": " + e.getMessage());
      throw e;
    }
    // readme:end
  }
}

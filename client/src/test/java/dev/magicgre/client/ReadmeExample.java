package dev.magicgre.client;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelHealthCheckRequest;
import dev.magicgre.model.HealthCheckTarget;
import java.util.List;

/**
 * The example of docs/client.md, compiled and run by the build ({@link ReadmeExampleTest}), so
 * the documentation cannot drift from the API. The lines between the markers are copied verbatim into the docs.
 */
final class ReadmeExample {

  private ReadmeExample() {
  }

  /** @return the tunnel as the update left it, just before it was deleted */
  static GreTunnel run(String baseUrl, String accountId, String apiToken) {
    // readme:begin
    GreTunnelsClient client = GreTunnelsClient.builder()
        .baseUrl(baseUrl)            // default https://api.cloudflare.com/client/v4
        .apiToken(apiToken)          // or .apiKey(email, globalApiKey)
        .build();

    GreTunnelCreateRequest request = new GreTunnelCreateRequest(
            "GRE_1", "203.0.113.1", "203.0.113.2", "10.212.0.0/31")
        .description("Tunnel for ISP X")
        .healthCheck(new GreTunnelHealthCheckRequest()
            .target(HealthCheckTarget.ofSaved("")));   // object form: x-magic-new-hc-target follows

    try {
      GreTunnel created = client.createGreTunnel(accountId, request);
      System.out.println("created " + created.getId()
          + ", health check target " + created.getHealthCheck().getTarget().effective());

      GreTunnel tunnel = client.getGreTunnel(accountId, created.getId());
      List<GreTunnel> all = client.listGreTunnels(accountId);          // in creation order
      System.out.println(all.size() + " tunnel(s) in the account");

      // an update replaces every updatable field: start from the tunnel as it is
      GreTunnel renamed = client.updateGreTunnel(accountId, tunnel.getId(),
          GreTunnelUpdates.from(tunnel).name("GRE_2"));
      GreTunnel deleted = client.deleteGreTunnel(accountId, renamed.getId());
      System.out.println("deleted " + deleted.getName());
      return renamed;
    } catch (NotFoundException e) {            // 404: the account has no tunnel of that id (code 1024)
      System.err.println(e.getMessage());
      throw e;
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

package dev.magicgre.client;

import static dev.magicgre.client.TestRequests.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.stub.StubServer;
import dev.magicgre.stub.auth.Identities;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The six operations of the facade against the real stub: a tunnel's whole life, the target forms, 404 and 403. */
class GreTunnelsLifecycleAgainstStubTest {

  @RegisterExtension
  static final InProcessStub STUB = new InProcessStub();

  private final StubServer stub = STUB.server();
  private GreTunnelsClient client;
  private RecordingSleeper sleeper;

  @BeforeEach
  void newClient() {
    sleeper = new RecordingSleeper();
    client = clientWithToken(Identities.EXAMPLE_TOKEN);
  }

  private GreTunnelsClient clientWithToken(String token) {
    return GreTunnelsClient.builder().baseUrl(stub.baseUri().toString()).apiToken(token).sleeper(sleeper).build();
  }

  @Test
  void aTunnelIsCreatedReadListedUpdatedAndDeleted() {
    GreTunnel created = client.createGreTunnel(ACCOUNT, TestRequests.valid("LIFE_1").mtu(1400));

    assertThat(client.getGreTunnel(ACCOUNT, created.getId())).isEqualTo(created);
    assertThat(client.listGreTunnels(ACCOUNT)).containsExactly(created);

    GreTunnel renamed = client.updateGreTunnel(ACCOUNT, created.getId(), GreTunnelUpdates.from(created).name("LIFE_2"));
    assertThat(renamed.getId()).isEqualTo(created.getId());
    assertThat(renamed.getName()).isEqualTo("LIFE_2");
    assertThat(renamed.getMtu()).as("kept by starting from the tunnel").isEqualTo(1400);
    assertThat(renamed.getCreatedOn()).isEqualTo(created.getCreatedOn());

    GreTunnel deleted = client.deleteGreTunnel(ACCOUNT, created.getId());
    assertThat(deleted).isEqualTo(renamed);
    assertThat(client.listGreTunnels(ACCOUNT)).isEmpty();
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void anUpdateFromTheRequiredFieldsOnlyResetsTheOthersToTheirDefaults() {
    GreTunnel created = client.createGreTunnel(ACCOUNT, TestRequests.valid("LIFE_MTU").mtu(1400));

    GreTunnel updated = client.updateGreTunnel(ACCOUNT, created.getId(), TestRequests.update("LIFE_MTU"));

    assertThat(updated.getMtu()).isEqualTo(1476);
  }

  @Test
  void severalAreCreatedAndUpdatedAtOnceInTheOrderSent() {
    List<GreTunnel> created = client.createGreTunnels(ACCOUNT, List.of(
        TestRequests.withStringTarget("MANY_1", "203.0.113.7"), TestRequests.withStringTarget("MANY_2", "")));

    assertThat(created).extracting(GreTunnel::getName).containsExactly("MANY_1", "MANY_2");
    assertThat(created.get(0).getHealthCheck().getTarget()).as("string form, the header followed the targets")
        .isEqualTo(HealthCheckTarget.ofAddress("203.0.113.7"));

    List<GreTunnel> updated = client.updateGreTunnels(ACCOUNT, List.of(
        GreTunnelUpdates.itemFrom(created.get(1)).name("MANY_4"), GreTunnelUpdates.itemFrom(created.get(0)).name("MANY_3")));

    assertThat(updated).extracting(GreTunnel::getName).containsExactly("MANY_4", "MANY_3");
    assertThat(client.listGreTunnels(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("MANY_3", "MANY_4");
  }

  @Test
  void readsAnswerTheObjectFormByDefaultAndTheStringFormOnRequest() {
    GreTunnel created = client.createGreTunnel(ACCOUNT, TestRequests.withStringTarget("LIFE_FORM", ""));

    assertThat(client.getGreTunnel(ACCOUNT, created.getId()).getHealthCheck().getTarget())
        .isEqualTo(HealthCheckTarget.ofSavedAndEffective("", "203.0.113.2"));
    assertThat(client.listGreTunnels(ACCOUNT, ReadOptions.defaults().withNewTargetFormat(false)).get(0)
        .getHealthCheck().getTarget()).isEqualTo(HealthCheckTarget.ofAddress("203.0.113.2"));
  }

  @Test
  void validateOnlyChangesNothing() {
    GreTunnel created = client.createGreTunnel(ACCOUNT, TestRequests.valid("LIFE_DRY"));
    WriteOptions dryRun = WriteOptions.defaults().withValidateOnly(true);

    assertThat(client.updateGreTunnel(ACCOUNT, created.getId(), TestRequests.update("LIFE_WET"), dryRun).getName())
        .isEqualTo("LIFE_WET");
    assertThat(client.deleteGreTunnel(ACCOUNT, created.getId(), dryRun).getId()).isEqualTo(created.getId());
    assertThat(client.listGreTunnels(ACCOUNT)).containsExactly(created);
  }

  @Test
  void anUnknownIdIsNotFoundWith1024OnGetUpdateAndDelete() {
    String unknown = "0123456789abcdef0123456789abcdef";

    for (Runnable call : List.<Runnable>of(() -> client.getGreTunnel(ACCOUNT, unknown),
        () -> client.updateGreTunnel(ACCOUNT, unknown, TestRequests.update("LIFE_404")),
        () -> client.deleteGreTunnel(ACCOUNT, unknown),
        () -> client.updateGreTunnels(ACCOUNT, List.of(TestRequests.updateItem(unknown, "LIFE_404"))))) {
      NotFoundException missing = catchThrowableOfType(NotFoundException.class, call::run);
      assertThat(missing.status()).isEqualTo(404);
      assertThat(missing.errors()).extracting(ApiErrorDetail::code).containsExactly(1024);
    }
    assertThat(sleeper.delays()).as("a 404 is never retried").isEmpty();
  }

  @Test
  void aRenameToAnotherTunnelsNameIsRefused1004AndChangesNothing() {
    client.createGreTunnel(ACCOUNT, TestRequests.valid("LIFE_A"));
    GreTunnel second = client.createGreTunnel(ACCOUNT, TestRequests.valid("LIFE_B"));

    BadRequestException refused = catchThrowableOfType(BadRequestException.class,
        () -> client.updateGreTunnel(ACCOUNT, second.getId(), GreTunnelUpdates.from(second).name("LIFE_A")));

    assertThat(refused.errors()).extracting(ApiErrorDetail::code, ApiErrorDetail::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1004, "/name"));
    assertThat(client.getGreTunnel(ACCOUNT, second.getId())).isEqualTo(second);
  }

  @Test
  void theReadOnlyTokenListsAndGetsButEveryWriteIs403With10000() {
    GreTunnel created = client.createGreTunnel(ACCOUNT, TestRequests.valid("LIFE_RO"));
    GreTunnelsClient readOnly = clientWithToken(Identities.EXAMPLE_READ_ONLY_TOKEN);

    assertThat(readOnly.listGreTunnels(ACCOUNT)).containsExactly(created);
    assertThat(readOnly.getGreTunnel(ACCOUNT, created.getId())).isEqualTo(created);
    for (Runnable write : List.<Runnable>of(() -> readOnly.createGreTunnel(ACCOUNT, TestRequests.valid("LIFE_RO2")),
        () -> readOnly.updateGreTunnel(ACCOUNT, created.getId(), TestRequests.update("LIFE_RO3")),
        () -> readOnly.deleteGreTunnel(ACCOUNT, created.getId()))) {
      PermissionDeniedException refused = catchThrowableOfType(PermissionDeniedException.class, write::run);
      assertThat(refused.errors()).extracting(ApiErrorDetail::code).containsExactly(10000);
    }
    assertThat(client.listGreTunnels(ACCOUNT)).containsExactly(created);
  }
}

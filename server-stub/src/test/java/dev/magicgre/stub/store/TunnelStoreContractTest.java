package dev.magicgre.stub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.magicgre.model.BgpStatus;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelBgp;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.HealthCheckDirection;
import dev.magicgre.model.HealthCheckRate;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.model.HealthCheckType;
import dev.magicgre.stub.store.TunnelStore.TunnelChange;
import dev.magicgre.stub.store.TunnelStore.Write;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What {@link TunnelStore} promises, checked on every store the stub has (memory, the H2 file, PostgreSQL):
 * tunnels come back equal and in creation order, refused writes name every offender and change nothing,
 * dry runs change nothing, bulk replacements are all or nothing (a swap of names included).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestStores.class)
class TunnelStoreContractTest {

  static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
  static final String OTHER = "9a7806061c88ada191ed06f989cc3dac";
  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 20, 32, 8, 647_000_000, ZoneOffset.UTC);

  @Parameter
  TestStores kind;

  /** One store per kind for the class (opening a database and migrating it takes a while), emptied before each test. */
  private static final Map<TestStores, TunnelStore> STORES = new EnumMap<>(TestStores.class);

  private TunnelStore store;

  @BeforeEach
  void emptyStore() {
    store = STORES.computeIfAbsent(kind, TestStores::open);
    store.clear();
  }

  @AfterAll
  static void closeStores() {
    STORES.values().forEach(TunnelStore::close);
    STORES.clear();
  }

  static GreTunnel tunnel(String id, String name) {
    return new GreTunnel(id, name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31").mtu(1476).ttl(64)
        .healthCheck(new GreTunnelHealthCheck().enabled(true).rate(HealthCheckRate.MID).type(HealthCheckType.REPLY)
            .direction(HealthCheckDirection.UNIDIRECTIONAL)
            .target(HealthCheckTarget.ofSavedAndEffective("", "203.0.113.2")))
        .createdOn(NOW).modifiedOn(NOW);
  }

  static String id(int n) {
    return String.format("%032x", n);
  }

  /** Issue 22, point 5: what goes in and what comes out are the caller's own objects, never the stored ones. */
  @Test
  void storedTunnelsCannotBeChangedThroughWhatWentInOrCameOut() {
    GreTunnel given = tunnel(id(1), "GRE_1").bgp(new GreTunnelBgp().customerAsn(64512)
        .extraPrefixes(new java.util.ArrayList<>(List.of("10.0.0.0/24"))).md5Key("k"))
        .bgpStatus(new BgpStatus().state(BgpStatus.StateEnum.BGP_DOWN).tcpEstablished(false).updatedAt(NOW));
    GreTunnel expected = tunnel(id(1), "GRE_1").bgp(new GreTunnelBgp().customerAsn(64512)
        .extraPrefixes(List.of("10.0.0.0/24")).md5Key("k"))
        .bgpStatus(new BgpStatus().state(BgpStatus.StateEnum.BGP_DOWN).tcpEstablished(false).updatedAt(NOW));
    store.insert(ACCOUNT, given);

    given.getBgp().setCustomerAsn(1);
    given.getBgp().getExtraPrefixes().add("192.0.2.0/24");
    given.getBgpStatus().setTcpEstablished(true);
    GreTunnel listed = store.list(ACCOUNT).get(0);
    listed.getBgp().setMd5Key("changed");
    listed.getBgp().getExtraPrefixes().clear();
    listed.getBgpStatus().setState(BgpStatus.StateEnum.BGP_UP);
    GreTunnel found = store.find(ACCOUNT, id(1)).orElseThrow();
    found.getBgp().setExportFilterId("x");
    found.getBgpStatus().setBgpState("changed");

    assertThat(store.find(ACCOUNT, id(1))).contains(expected);
    assertThat(store.list(ACCOUNT)).containsExactly(expected);
  }

  @Test
  void aResetAnswersHowManyItRemoved() {
    store.insertAll(ACCOUNT, List.of(tunnel(id(1), "A"), tunnel(id(2), "B")), Write.COMMIT);
    store.insert(OTHER, tunnel(id(3), "C"));

    assertThat(store.clear(ACCOUNT)).isEqualTo(2);
    assertThat(store.clear(ACCOUNT)).isZero();
    store.insert(ACCOUNT, tunnel(id(4), "D"));
    assertThat(store.clear()).isEqualTo(2);
    assertThat(store.size()).isZero();
  }

  @Test
  void tunnelsComeBackEqualInCreationOrderPerAccount() {
    GreTunnel full = new GreTunnel(id(1), "GRE_1", "203.0.113.1", "203.0.113.2", "10.212.0.0/31")
        .interfaceAddress6("2606:54c1:7:0:a9fe:12d2:1:200/127").description("Tunnel for ISP X")
        .automaticReturnRouting(true).mtu(1476).ttl(64)
        .bgp(new GreTunnelBgp().customerAsn(64512))
        .bgpStatus(new BgpStatus().state(BgpStatus.StateEnum.BGP_DOWN).tcpEstablished(false).updatedAt(NOW))
        .healthCheck(new GreTunnelHealthCheck().enabled(true).rate(HealthCheckRate.HIGH).type(HealthCheckType.REQUEST)
            .direction(HealthCheckDirection.BIDIRECTIONAL)
            .target(HealthCheckTarget.ofSavedAndEffective("203.0.113.9", "203.0.113.9")))
        .createdOn(NOW).modifiedOn(NOW.plusSeconds(1));
    GreTunnel sparse = new GreTunnel("not-hex", "GRE_2", "203.0.113.1", "203.0.113.2", "10.212.0.0/31")
        .mtu(null).ttl(null).healthCheck(null);
    GreTunnel third = tunnel(id(3), "GRE_0");

    store.insert(ACCOUNT, full);
    store.insertAll(ACCOUNT, List.of(sparse, third), Write.COMMIT);
    store.insert(OTHER, tunnel(id(4), "GRE_1"));

    assertThat(store.list(ACCOUNT)).containsExactly(full, sparse, third);
    assertThat(store.find(ACCOUNT, full.getId())).contains(full);
    assertThat(store.find(ACCOUNT, "not-hex")).contains(sparse);
    assertThat(store.find(OTHER, full.getId())).isEmpty();
    assertThat(store.list(OTHER)).extracting(GreTunnel::getId).containsExactly(id(4));
    assertThat(store.list("0000000000000000000000000000000f")).isEmpty();
    assertThat(store.size()).isEqualTo(4);
  }

  @Test
  void aBulkCreateWithATakenOrRepeatedNameIsRefusedWholeNamingEachOffenderOnce() {
    store.insert(ACCOUNT, tunnel(id(1), "A"));
    store.insert(OTHER, tunnel(id(2), "B"));

    assertThatThrownBy(() -> store.insertAll(ACCOUNT,
        List.of(tunnel(id(3), "B"), tunnel(id(4), "A"), tunnel(id(5), "C"), tunnel(id(6), "C"), tunnel(id(7), "A")),
        Write.COMMIT))
        .isInstanceOfSatisfying(NameTakenException.class, taken -> assertThat(taken.names()).containsExactly("A", "C"));

    assertThat(store.list(ACCOUNT)).extracting(GreTunnel::getId).containsExactly(id(1));
    assertThat(store.size()).isEqualTo(2);
  }

  @Test
  void aDryRunCreateMakesEveryCheckAndKeepsNothing() {
    store.insert(ACCOUNT, tunnel(id(1), "A"));

    store.insertAll(ACCOUNT, List.of(tunnel(id(2), "B"), tunnel(id(3), "C")), Write.DRY_RUN);
    assertThatThrownBy(() -> store.insertAll(ACCOUNT, List.of(tunnel(id(4), "A")), Write.DRY_RUN))
        .isInstanceOf(NameTakenException.class);

    assertThat(store.list(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("A");
    store.insertAll(ACCOUNT, List.of(tunnel(id(2), "B")), Write.COMMIT);
    assertThat(store.list(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("A", "B");
  }

  @Test
  void aBulkReplaceNamingAnUnknownIdChangesNothingAndNamesEveryMissingId() {
    store.insertAll(ACCOUNT, List.of(tunnel(id(1), "A"), tunnel(id(2), "B")), Write.COMMIT);
    store.insert(OTHER, tunnel(id(9), "Z"));

    assertThatThrownBy(() -> store.replaceAll(ACCOUNT, List.of(
        new TunnelChange(id(1), t -> t.description("changed")),
        new TunnelChange(id(7), t -> t),
        new TunnelChange(id(9), t -> t)), Write.COMMIT))
        .isInstanceOfSatisfying(TunnelNotFoundException.class, missing -> assertThat(missing.ids()).containsExactly(id(7), id(9)));

    assertThat(store.find(ACCOUNT, id(1)).orElseThrow().getDescription()).isNull();
  }

  @Test
  void aBulkReplaceTakingANameHeldOutsideItIsRefusedWhole() {
    store.insertAll(ACCOUNT, List.of(tunnel(id(1), "A"), tunnel(id(2), "B"), tunnel(id(3), "C")), Write.COMMIT);

    assertThatThrownBy(() -> store.replaceAll(ACCOUNT, List.of(
        new TunnelChange(id(1), t -> t.description("changed")),
        new TunnelChange(id(2), t -> t.name("C"))), Write.COMMIT))
        .isInstanceOfSatisfying(NameTakenException.class, taken -> assertThat(taken.names()).containsExactly("C"));
    assertThatThrownBy(() -> store.replaceAll(ACCOUNT, List.of(
        new TunnelChange(id(1), t -> t.name("D")),
        new TunnelChange(id(2), t -> t.name("D"))), Write.COMMIT))
        .isInstanceOfSatisfying(NameTakenException.class, taken -> assertThat(taken.names()).containsExactly("D"));

    assertThat(store.list(ACCOUNT)).extracting(GreTunnel::getName).containsExactly("A", "B", "C");
    assertThat(store.find(ACCOUNT, id(1)).orElseThrow().getDescription()).isNull();
  }

  @Test
  void aBulkReplaceMaySwapNamesAndKeepsEachTunnelsPlace() {
    store.insertAll(ACCOUNT, List.of(tunnel(id(1), "A"), tunnel(id(2), "B"), tunnel(id(3), "C")), Write.COMMIT);

    List<GreTunnel> replaced = store.replaceAll(ACCOUNT, List.of(
        new TunnelChange(id(2), t -> t.name("A")),
        new TunnelChange(id(1), t -> t.name("B").description("was A"))), Write.COMMIT);

    assertThat(replaced).extracting(GreTunnel::getName).containsExactly("A", "B");
    assertThat(store.list(ACCOUNT)).extracting(GreTunnel::getId, GreTunnel::getName)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(id(1), "B"), org.assertj.core.groups.Tuple.tuple(id(2), "A"),
            org.assertj.core.groups.Tuple.tuple(id(3), "C"));
    assertThat(store.find(ACCOUNT, id(1)).orElseThrow().getDescription()).isEqualTo("was A");
    assertThatThrownBy(() -> store.insert(ACCOUNT, tunnel(id(4), "B"))).isInstanceOf(NameTakenException.class);
  }

  @Test
  void aDryRunReplaceAnswersTheReplacementsAndKeepsNothing() {
    store.insert(ACCOUNT, tunnel(id(1), "A"));

    List<GreTunnel> replaced = store.replaceAll(ACCOUNT, List.of(new TunnelChange(id(1), t -> t.name("B"))), Write.DRY_RUN);

    assertThat(replaced).extracting(GreTunnel::getName).containsExactly("B");
    assertThat(store.find(ACCOUNT, id(1)).orElseThrow().getName()).isEqualTo("A");
    store.insert(ACCOUNT, tunnel(id(2), "B"));
  }

  @Test
  void deleteAnswersTheTunnelOnceAndADryRunKeepsIt() {
    GreTunnel a = tunnel(id(1), "A");
    store.insert(ACCOUNT, a);

    assertThat(store.delete(OTHER, id(1), Write.COMMIT)).isEmpty();
    assertThat(store.delete(ACCOUNT, id(1), Write.DRY_RUN)).contains(a);
    assertThat(store.find(ACCOUNT, id(1))).contains(a);
    assertThat(store.delete(ACCOUNT, id(1), Write.COMMIT)).contains(a);
    assertThat(store.delete(ACCOUNT, id(1), Write.COMMIT)).isEmpty();
    assertThat(store.find(ACCOUNT, id(1))).isEmpty();
    store.insert(ACCOUNT, tunnel(id(2), "A"));
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void clearEmptiesOneAccountOrAll() {
    store.insert(ACCOUNT, tunnel(id(1), "A"));
    store.insert(OTHER, tunnel(id(2), "A"));

    store.clear(ACCOUNT);
    assertThat(store.list(ACCOUNT)).isEmpty();
    assertThat(store.list(OTHER)).hasSize(1);
    store.insert(ACCOUNT, tunnel(id(1), "A"));

    store.clear();
    assertThat(store.size()).isZero();
    assertThat(store.list(OTHER)).isEmpty();
  }
}

package dev.magicgre.stub.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.magicgre.json.CreateAnswers;
import dev.magicgre.json.GreJson;
import dev.magicgre.model.BgpStatus;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelBgp;
import dev.magicgre.model.GreTunnelGetResponse;
import dev.magicgre.model.GreTunnelGetResult;
import dev.magicgre.model.GreTunnelHealthCheck;
import dev.magicgre.model.GreTunnelList;
import dev.magicgre.model.GreTunnelListResponse;
import dev.magicgre.model.GreTunnelsCreateResult;
import dev.magicgre.model.GreTunnelsCreated;
import dev.magicgre.model.HealthCheckDirection;
import dev.magicgre.model.HealthCheckRate;
import dev.magicgre.model.HealthCheckTarget;
import dev.magicgre.model.HealthCheckType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The stub's hand-written tunnel writing ({@link TunnelSerializer}, {@link CreatedTunnel}, {@link Rfc3339},
 * {@link TimestampSerializer}) gives
 * the bytes Jackson's own serialization of the generated model gives, for tunnels of every shape: each field
 * present or absent, nested objects, both target forms, escapes, timestamps of any offset and precision.
 */
class TunnelSerializerTest {

  private static final ObjectMapper MODEL = GreJson.newObjectMapper();
  private static final ObjectMapper STUB = AnswerJson.writerOf(GreJson.newObjectMapper());
  private static final String[] TEXTS = {"", "t", "Tunnel for ISP X", "quote \" backslash \\ tab \t", "é ü 漢字 \uD83D\uDE00",
      "\u0001 control", "203.0.113.1", "10.212.0.0/31", "2606:54c1:7:0:a9fe:12d2:1:200/127"};

  @Test
  void aTunnelOfAnyShapeIsWrittenAsTheModelWritesIt() throws Exception {
    Random random = new Random(23);
    for (int i = 0; i < 5000; i++) {
      GreTunnel tunnel = randomTunnel(random);
      assertThat(STUB.writeValueAsString(tunnel)).isEqualTo(MODEL.writeValueAsString(tunnel));
      assertThat(STUB.writeValueAsString(new GreTunnelGetResponse(true, new ArrayList<>(), new ArrayList<>(),
          new GreTunnelGetResult(tunnel)))).isEqualTo(MODEL.writeValueAsString(new GreTunnelGetResponse(true,
          new ArrayList<>(), new ArrayList<>(), new GreTunnelGetResult(tunnel))));
    }
  }

  @Test
  void theCreatedTunnelIsWrittenAsTheConversionToTheCreateResultWritesIt() throws Exception {
    Random random = new Random(15);
    for (int i = 0; i < 2000; i++) {
      GreTunnel tunnel = randomTunnel(random);
      // the conversion goes through JSON: timestamps of other offsets come back as the same instant, which is
      // what the stub's tunnels are (UTC); the comparison is of what the stub answers
      tunnel.createdOn(utcMillis(random)).modifiedOn(utcMillis(random));
      if (tunnel.getBgp() != null) { // required in a request's bgp, so in every stored one (the conversion needs it)
        tunnel.getBgp().customerAsn(64512);
        tunnel.getBgpStatus().tcpEstablished(false).updatedAt(utcMillis(random)); // as the stub makes it
      }
      String stub = STUB.writeValueAsString(new GreTunnelsCreateResult(true, new ArrayList<>(), new ArrayList<>(),
          CreatedTunnel.of(tunnel)));
      String model = MODEL.writeValueAsString(new GreTunnelsCreateResult(true, new ArrayList<>(), new ArrayList<>(),
          CreateAnswers.ofOne(tunnel)));
      assertThat(stub).isEqualTo(model);
    }
  }

  @Test
  void aListIsWrittenAsTheModelWritesIt() throws Exception {
    Random random = new Random(7);
    List<GreTunnel> tunnels = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      tunnels.add(randomTunnel(random));
    }
    GreTunnelListResponse list = new GreTunnelListResponse(true, new ArrayList<>(), new ArrayList<>(),
        new GreTunnelList(tunnels));
    assertThat(STUB.writeValueAsString(list)).isEqualTo(MODEL.writeValueAsString(list));
  }

  @Test
  void timestampsAreFormattedAsTheFormatterFormatsThem() {
    Random random = new Random(3);
    for (int i = 0; i < 200_000; i++) {
      OffsetDateTime value = randomTimestamp(random);
      assertThat(Rfc3339.format(value)).isEqualTo(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }
  }

  /** A member added to the spec must be added to the serializer: these are the members it writes. */
  @Test
  void theSerializerWritesEveryMemberTheModelDeclares() {
    assertThat(members(GreTunnel.class)).containsExactly("id", "name", "cloudflare_gre_endpoint",
        "customer_gre_endpoint", "interface_address", "interface_address6", "description", "automatic_return_routing",
        "mtu", "ttl", "bgp", "bgp_status", "health_check", "created_on", "modified_on");
    assertThat(members(GreTunnelHealthCheck.class)).containsExactly("enabled", "rate", "type", "direction", "target");
    assertThat(members(GreTunnelsCreated.class)).containsExactly("id", "name", "cloudflare_gre_endpoint",
        "customer_gre_endpoint", "interface_address", "interface_address6", "description", "automatic_return_routing",
        "mtu", "ttl", "bgp", "bgp_status", "health_check", "created_on", "modified_on", "gre_tunnels");
  }

  private static List<String> members(Class<?> type) {
    return MODEL.getSerializationConfig().introspect(MODEL.constructType(type)).findProperties().stream()
        .map(BeanPropertyDefinition::getName).toList();
  }

  private static GreTunnel randomTunnel(Random random) {
    GreTunnel tunnel = new GreTunnel(text(random), text(random), text(random), text(random), text(random))
        .interfaceAddress6(maybe(random, text(random)))
        .description(maybe(random, text(random)))
        .automaticReturnRouting(maybe(random, random.nextBoolean()))
        .mtu(maybe(random, random.nextInt(1500)))
        .ttl(maybe(random, random.nextInt(256) - 10))
        .createdOn(maybe(random, randomTimestamp(random)))
        .modifiedOn(maybe(random, randomTimestamp(random)));
    // the model's constructor takes required members; absent ones are possible on a broken provider's tunnel
    if (random.nextInt(10) == 0) {
      tunnel.setId(null);
    }
    if (random.nextInt(10) == 0) {
      tunnel.setName(null);
    }
    if (random.nextInt(3) == 0) {
      List<String> prefixes = random.nextBoolean() ? null : new ArrayList<>(List.of(text(random), text(random)));
      tunnel.bgp(new GreTunnelBgp().customerAsn(maybe(random, random.nextInt(65000))).extraPrefixes(prefixes)
          .md5Key(maybe(random, text(random))));
      tunnel.bgpStatus(new BgpStatus().state(BgpStatus.StateEnum.BGP_DOWN).tcpEstablished(maybe(random, false))
          .updatedAt(maybe(random, randomTimestamp(random))));
    }
    if (random.nextInt(5) != 0) {
      HealthCheckTarget target = switch (random.nextInt(4)) {
        case 0 -> null;
        case 1 -> HealthCheckTarget.ofAddress(text(random));
        case 2 -> HealthCheckTarget.ofSaved(text(random));
        default -> HealthCheckTarget.ofSavedAndEffective(text(random), text(random));
      };
      tunnel.healthCheck(new GreTunnelHealthCheck().enabled(maybe(random, random.nextBoolean()))
          .rate(maybe(random, HealthCheckRate.values()[random.nextInt(HealthCheckRate.values().length)]))
          .type(maybe(random, HealthCheckType.values()[random.nextInt(HealthCheckType.values().length)]))
          .direction(maybe(random, HealthCheckDirection.values()[random.nextInt(HealthCheckDirection.values().length)]))
          .target(target));
    }
    return tunnel;
  }

  private static OffsetDateTime randomTimestamp(Random random) {
    OffsetDateTime utc = utcMillis(random);
    return switch (random.nextInt(6)) {
      case 0 -> utc.withNano(random.nextInt(1_000_000_000)); // any precision
      case 1 -> utc.withNano(random.nextInt(1000) * 1_000_000).withSecond(0);
      case 2 -> utc.withOffsetSameInstant(ZoneOffset.ofHoursMinutes(5, 30));
      case 3 -> utc.withYear(random.nextInt(12000) - 1000);
      case 4 -> utc.withNano(0);
      default -> utc;
    };
  }

  private static OffsetDateTime utcMillis(Random random) {
    return OffsetDateTime.ofInstant(Instant.ofEpochMilli(random.nextLong() % 4_000_000_000_000L), ZoneOffset.UTC);
  }

  private static String text(Random random) {
    return TEXTS[random.nextInt(TEXTS.length)];
  }

  private static <T> T maybe(Random random, T value) {
    return random.nextInt(4) == 0 ? null : value;
  }
}

package dev.magicgre.stub.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.magicgre.model.GreTunnel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link AccountTunnels} answers what the {@code LinkedHashMap} by id and {@code HashMap} by name it replaced
 * answered, over long random series of adds, renames, replacements and removals (the tables grow, fill with
 * removed marks and are rebuilt many times), with hex ids and seeded ids of any text.
 */
class AccountTunnelsTest {

  private final Interner interner = new Interner(16);

  @Test
  void answersAsTheMapsItReplacedDid() {
    for (long seed = 0; seed < 20; seed++) {
      Random random = new Random(seed);
      AccountTunnels tunnels = new AccountTunnels();
      Map<String, String> reference = new LinkedHashMap<>(); // id -> name, in creation order
      List<String> ids = new ArrayList<>();
      int names = 0;
      for (int step = 0; step < 20_000; step++) {
        int action = random.nextInt(10);
        if (action < 5 || reference.isEmpty()) {
          String id = random.nextInt(20) == 0 ? "seeded-" + step : hexId(random);
          String name = "n" + names++;
          tunnels.add(tunnel(id, name));
          reference.put(id, name);
          ids.add(id);
        } else if (action < 7) {
          String id = ids.get(random.nextInt(ids.size()));
          int position = tunnels.positionOf(id);
          assertThat(position >= 0).isEqualTo(reference.containsKey(id));
          if (position >= 0) {
            String name = random.nextBoolean() ? reference.get(id) : "n" + names++;
            tunnels.replace(position, tunnel(id, name));
            reference.put(id, name);
          }
        } else {
          String id = ids.get(random.nextInt(ids.size()));
          int position = tunnels.positionOf(id);
          assertThat(position >= 0).isEqualTo(reference.containsKey(id));
          if (position >= 0) {
            tunnels.remove(position);
            reference.remove(id);
          }
        }
        if (step % 997 == 0) {
          assertSame(tunnels, reference, ids, random);
        }
      }
      assertSame(tunnels, reference, ids, random);
    }
  }

  @Test
  void aSwapOfNamesBetweenTwoReplacementsKeepsBothFindable() {
    AccountTunnels tunnels = new AccountTunnels();
    tunnels.add(tunnel("a", "x"));
    tunnels.add(tunnel("b", "y"));
    tunnels.replace(tunnels.positionOf("a"), tunnel("a", "y"));
    tunnels.replace(tunnels.positionOf("b"), tunnel("b", "x"));
    assertThat(tunnels.named("y").id()).isEqualTo("a");
    assertThat(tunnels.named("x").id()).isEqualTo("b");
  }

  @Test
  void anAddRewritesAboutOneSixtyFourthOfTheIndexesAtMostNeverTheWholeAccount() {
    AccountTunnels tunnels = new AccountTunnels();
    Random random = new Random(7);
    List<String> ids = new ArrayList<>();
    int most = 0;
    for (int i = 0; i < 300_000; i++) {
      String id = hexId(random);
      ids.add(id);
      tunnels.add(tunnel(id, "n" + i));
      most = Math.max(most, tunnels.placesWrittenByLastWrite());
    }
    // one of the 64 tables of an index holds about 300,000 / 64 = 4,700 positions; rebuilding a whole index
    // (what a single table did when it filled) rewrites 300,000
    assertThat(most).isBetween(2, 300_000 / 16);
    for (int i = 0; i < ids.size(); i += 97) {
      assertThat(tunnels.at(tunnels.positionOf(ids.get(i))).name()).isEqualTo("n" + i);
      assertThat(tunnels.named("n" + i).id()).isEqualTo(ids.get(i));
    }
  }

  private void assertSame(AccountTunnels tunnels, Map<String, String> reference, List<String> ids, Random random) {
    assertThat(tunnels.size()).isEqualTo(reference.size());
    List<String> listed = Arrays.stream(tunnels.snapshot()).filter(Objects::nonNull)
        .map(tunnel -> tunnel.id() + " " + tunnel.name()).toList();
    assertThat(listed).containsExactlyElementsOf(
        reference.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).toList());
    for (int i = 0; i < 200; i++) {
      String id = ids.get(random.nextInt(ids.size()));
      int position = tunnels.positionOf(id);
      if (reference.containsKey(id)) {
        assertThat(tunnels.at(position).id()).isEqualTo(id);
        assertThat(tunnels.named(reference.get(id)).id()).isEqualTo(id);
      } else {
        assertThat(position).isEqualTo(-1);
      }
    }
    assertThat(tunnels.named("never")).isNull();
  }

  private CompactTunnel tunnel(String id, String name) {
    return new CompactTunnel(new GreTunnel(id, name, "203.0.113.1", "203.0.113.2", "10.212.0.0/31"), interner);
  }

  private static String hexId(Random random) {
    return String.format("%016x%016x", random.nextLong(), random.nextLong());
  }
}

package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.magicgre.json.GreJson;
import dev.magicgre.stub.answer.AnswerJson;
import dev.magicgre.stub.http.StreamedTunnelList;
import dev.magicgre.stub.http.StreamedTunnelListWriter;
import dev.magicgre.stub.tunnel.TargetForms;
import dev.magicgre.stub.validation.TargetForm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The list answer kept as bytes (issue 23), seen over HTTP: after every kind of write, through the API or the
 * control API, each list (both target forms) is byte for byte what a writer that keeps nothing renders from the
 * store, and changed; a validate_only or refused write leaves it as it was; faults and credentials are checked
 * before it. Each test lists twice before the write, so that the answer is kept when the write comes.
 */
class KeptListAnswerTest {

  @RegisterExtension
  static final RunningStub STUB = new RunningStub(StubSettings.ephemeral().withControlApi(ControlApiSettings.OPEN));

  private static final String ACCOUNT = StubHttp.ACCOUNT;
  private static final StreamedTunnelListWriter UNKEPT = new StreamedTunnelListWriter(
      AnswerJson.writerOf(GreJson.newObjectMapper()));

  private String firstId;

  @BeforeEach
  void oneTunnel() {
    firstId = Expect.success(STUB.http().create(Bodies.minimal("GRE_A")).send()).path("id").asText();
  }

  @Test
  void aCreateOfOne() {
    changes(() -> Expect.success(STUB.http().create(Bodies.minimal("GRE_B")).send()));
  }

  @Test
  void aCreateOfSeveral() {
    changes(() -> Expect.success(STUB.http().create(Bodies.several(Bodies.minimal("GRE_B"), Bodies.minimal("GRE_C")))
        .send()));
  }

  @Test
  void anUpdateOfOne() {
    changes(() -> Expect.success(STUB.http().update(firstId, Bodies.minimal("GRE_RENAMED")).send()));
  }

  @Test
  void anUpdateOfSeveral() {
    ObjectNode body = Bodies.several(Bodies.withId(firstId, Bodies.minimal("GRE_RENAMED")));
    changes(() -> Expect.success(STUB.http().updateSeveral(body).send()));
  }

  @Test
  void aDelete() {
    changes(() -> Expect.success(STUB.http().delete(firstId).send()));
  }

  @Test
  void aSeedThroughTheControlApi() {
    changes(() -> assertThat(control("POST", "/__stub/accounts/" + ACCOUNT + "/gre_tunnels")
        .body("{\"name\": \"SEEDED\"}").send().status()).isEqualTo(200));
  }

  @Test
  void aResetOfTheAccount() {
    changes(() -> assertThat(control("POST", "/__stub/accounts/" + ACCOUNT + "/reset").send().status())
        .isEqualTo(200));
  }

  @Test
  void aResetOfEverything() {
    changes(() -> assertThat(control("POST", "/__stub/reset").send().status()).isEqualTo(200));
  }

  @Test
  void aResetThenTheSameTunnelNameAgain() {
    changes(() -> {
      assertThat(control("POST", "/__stub/accounts/" + ACCOUNT + "/reset").send().status()).isEqualTo(200);
      Expect.success(STUB.http().create(Bodies.minimal("GRE_A")).send()); // same name, new id and stamp
    });
  }

  @Test
  void validateOnlyWritesAndRefusedWritesChangeNothing() {
    unchanged(() -> {
      Expect.success(STUB.http().create(Bodies.minimal("GRE_B")).query("validate_only=true").send());
      Expect.success(STUB.http().update(firstId, Bodies.minimal("GRE_X")).query("validate_only=true").send());
      Expect.success(STUB.http().delete(firstId).query("validate_only=true").send());
      Expect.failure(STUB.http().create(Bodies.minimal("GRE_A")).send(), 400);
      Expect.failure(STUB.http().delete("0123456789abcdef0123456789abcdef").send(), 404);
    });
  }

  @Test
  void faultsAndCredentialsComeBeforeTheKeptAnswer() {
    listsAreFresh();
    listsAreFresh();

    assertThat(control("POST", "/__stub/faults").body("{\"operation\": \"listGreTunnels\", \"status\": 503}").send()
        .status()).isEqualTo(200);
    Expect.failure(STUB.http().list().send(), 503);
    Expect.failure(STUB.http().list().noAuth().send(), 400); // credentials missing

    Expect.success(STUB.http().list().send()); // the fault was for one call
    listsAreFresh();
  }

  @Test
  void eachAccountHasItsOwnAnswer() {
    listsAreFresh();
    StubHttp.Reply other = STUB.http().list().account(StubHttp.OTHER_ACCOUNT).send();
    assertThat(Expect.success(other).path("gre_tunnels")).isEmpty();
    assertThat(other.text()).isEqualTo(unkept(StubHttp.OTHER_ACCOUNT, TargetForm.STRING));
  }

  @Test
  void theKeptAnswerIsFramedLikeTheRenderedOne() {
    for (int size : new int[] {1, 60}) { // under and over the 8 KiB Jersey buffers before choosing the framing
      if (size > 1) {
        ObjectNode[] tunnels = new ObjectNode[size - 1];
        for (int i = 0; i < tunnels.length; i++) {
          tunnels[i] = Bodies.minimal("GRE_F" + i);
        }
        Expect.success(STUB.http().create(Bodies.several(tunnels)).send());
      }
      StubHttp.Reply rendered = STUB.http().list().send();
      StubHttp.Reply kept = STUB.http().list().send();

      assertThat(kept.text()).isEqualTo(rendered.text());
      for (String header : new String[] {"Content-Length", "Transfer-Encoding", "Content-Type"}) {
        assertThat(kept.headers().firstValue(header)).as(header + " of " + size)
            .isEqualTo(rendered.headers().firstValue(header));
      }
    }
  }

  /** The write changes both forms' answers, and after it each is what a writer keeping nothing renders. */
  private void changes(Runnable write) {
    String before = listsAreFresh();
    listsAreFresh();
    write.run();
    assertThat(listsAreFresh()).isNotEqualTo(before);
  }

  private void unchanged(Runnable write) {
    String before = listsAreFresh();
    listsAreFresh();
    write.run();
    assertThat(listsAreFresh()).isEqualTo(before);
  }

  /** Lists in both forms, checks each against the unkept rendering; answers both texts together. */
  private String listsAreFresh() {
    StringBuilder both = new StringBuilder();
    for (TargetForm form : TargetForm.values()) {
      StubHttp.Reply reply = STUB.http().list()
          .header("x-magic-new-hc-target", form == TargetForm.OBJECT ? "true" : null).send();
      Expect.success(reply);
      assertThat(reply.text()).as(form.name()).isEqualTo(unkept(ACCOUNT, form));
      both.append(reply.text());
    }
    return both.toString();
  }

  private static String unkept(String accountId, TargetForm form) {
    StreamedTunnelList list = new StreamedTunnelList(each -> STUB.server().store()
        .forEach(accountId, tunnel -> each.accept(TargetForms.render(tunnel, form))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      UNKEPT.writeTo(list, StreamedTunnelList.class, null, null, null, null, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static StubHttp.Call control(String method, String path) {
    return STUB.http().create("").rootPath(path).method(method).noAuth();
  }
}

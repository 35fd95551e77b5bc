package dev.magicgre.stub.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.magicgre.model.GreTunnelListResponse;
import dev.magicgre.stub.answer.TunnelSerializer;
import dev.magicgre.stub.store.TunnelStore;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a {@link StreamedTunnelList}: the envelope's members as the model writes them (so the bytes are
 * those of {@link EnvelopeWriter} for the same tunnels), the tunnels one by one as the store hands them over.
 * A store that fails halfway can no longer change the status (already sent): the connection is then cut, so
 * that a client never takes a truncated list for a whole one.
 *
 * <p>A list of a store that stamps its accounts ({@link StreamedTunnelList#stamped}) is written once per state
 * of the account and form: the bytes are kept ({@link KeptListAnswers}) with the stamp of the snapshot they
 * came from, and answered again while the account's stamp, read when the answer is written, is the same.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class StreamedTunnelListWriter implements MessageBodyWriter<StreamedTunnelList> {

  private static final String RESULT = "result";
  private static final String TUNNELS = "gre_tunnels";

  private final ObjectMapper mapper;
  /** The envelope's members but the tunnels, as last written: every list has the same, so it is built once. */
  private volatile Envelope last;
  private final KeptListAnswers kept;

  private record Envelope(GreTunnelListResponse members, JsonNode tree) {
  }

  /** @param mapper the answers' mapper ({@link dev.magicgre.stub.answer.AnswerJson}) */
  public StreamedTunnelListWriter(ObjectMapper mapper) {
    this(mapper, new KeptListAnswers());
  }

  StreamedTunnelListWriter(ObjectMapper mapper, KeptListAnswers kept) {
    this.mapper = mapper;
    this.kept = kept;
  }

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == StreamedTunnelList.class;
  }

  @Override
  public void writeTo(StreamedTunnelList list, Class<?> type, Type genericType, Annotation[] annotations,
      MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
    long stamp = list.stamp();
    if (stamp == TunnelStore.UNSTAMPED) {
      write(list, out);
      return;
    }
    KeptListAnswers.Kept answer = kept.find(list.accountId(), list.form(), stamp);
    if (answer != null) {
      out.write(answer.buffer(), 0, answer.length());
      return;
    }
    // the copy sized for the previous answer and a little more: one buffer, neither grown nor trimmed
    int expected = kept.lastLength(list.accountId(), list.form());
    BoundedCopyStream copy = new BoundedCopyStream(out, kept.maxAnswerBytes(), expected + (expected >> 4));
    long written = write(list, copy);
    if (written != TunnelStore.UNSTAMPED && copy.copied() != null) {
      kept.keep(list.accountId(), list.form(), written, copy.copied(), copy.length());
    }
  }

  /** Writes the list; answers the stamp of the snapshot written. */
  private long write(StreamedTunnelList list, OutputStream out) throws IOException {
    long stamp = TunnelStore.UNSTAMPED;
    JsonNode envelope = envelopeOf(list.withoutTunnels());
    try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> it = envelope.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        generator.writeFieldName(member.getKey());
        if (RESULT.equals(member.getKey())) {
          stamp = writeResult(generator, member.getValue(), list);
        } else {
          generator.writeTree(member.getValue());
        }
      }
      generator.writeEndObject();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return stamp;
  }

  private JsonNode envelopeOf(GreTunnelListResponse members) {
    Envelope known = last;
    if (known == null || !known.members().equals(members)) {
      known = new Envelope(members, mapper.valueToTree(members));
      last = known;
    }
    return known.tree();
  }

  private long writeResult(JsonGenerator generator, JsonNode result, StreamedTunnelList list) throws IOException {
    long stamp = TunnelStore.UNSTAMPED;
    generator.writeStartObject();
    for (Iterator<Map.Entry<String, JsonNode>> it = result.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      generator.writeFieldName(member.getKey());
      if (TUNNELS.equals(member.getKey())) {
        generator.writeStartArray();
        // one serializer provider for the whole list (an ObjectWriter makes one per value written), and no
        // flush per tunnel, which would send a chunk per tunnel: the generator's buffer decides instead
        SerializerProvider provider = mapper.getSerializerProviderInstance();
        stamp = list.forEachTunnel(tunnel -> {
          try {
            TunnelSerializer.write(tunnel, generator, provider);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        generator.writeEndArray();
      } else {
        generator.writeTree(member.getValue());
      }
    }
    generator.writeEndObject();
    return stamp;
  }
}

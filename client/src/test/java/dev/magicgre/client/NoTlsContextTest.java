package dev.magicgre.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class NoTlsContextTest {

  @Test
  void aPlainHttpBaseUrlGetsAContextThatRefusesEveryTlsUse() {
    SSLContext context = NoTlsContext.forBaseUrl(HttpClient.newBuilder(), "http://127.0.0.1:8080/client/v4")
        .build().sslContext();

    assertThat(context.getProtocol()).isEqualTo("none");
    assertThatThrownBy(context::createSSLEngine).isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("plain http://");
    assertThatThrownBy(context::getSocketFactory).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anHttpsBaseUrlKeepsTheJdksDefaultContext() throws Exception {
    SSLContext context = NoTlsContext.forBaseUrl(HttpClient.newBuilder(), "https://api.cloudflare.com/client/v4")
        .build().sslContext();

    assertThat(context).isSameAs(SSLContext.getDefault());
  }
}

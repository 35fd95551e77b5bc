package dev.magicgre.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS context of a client whose base URL is plain {@code http://} (the stub, in tests): one that is never
 * used. Without it, building the JDK's {@link HttpClient} sets up the default TLS context, reading the trust
 * store and loading some 800 classes, a good part of a test kit's first start in a fresh JVM
 * (docs/benchmarks.md). The client sends every request to its base URL and follows no redirect, so such a
 * client never opens a TLS connection; if one ever were asked for, it fails with a clear message.
 */
final class NoTlsContext {

  private NoTlsContext() {
  }

  /** Gives an {@code http://} base URL's client the unused context; an {@code https://} one keeps the JDK's. */
  static HttpClient.Builder forBaseUrl(HttpClient.Builder http, String baseUrl) {
    if ("http".equalsIgnoreCase(URI.create(baseUrl).getScheme())) {
      http.sslContext(new SSLContext(new Refusing(), null, "none") { }).sslParameters(new SSLParameters());
    }
    return http;
  }

  /** Every TLS operation refused. */
  private static final class Refusing extends SSLContextSpi {

    private static UnsupportedOperationException refused() {
      return new UnsupportedOperationException("this client's base URL is plain http://: it has no TLS");
    }

    @Override
    protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) throws KeyManagementException {
      throw refused();
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      throw refused();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      throw refused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      throw refused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      throw refused();
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      throw refused();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      throw refused();
    }
  }
}

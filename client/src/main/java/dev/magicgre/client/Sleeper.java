package dev.magicgre.client;

import java.time.Duration;

/** Waits between attempts; replaced in tests so that retries are counted and observed without real waiting. */
@FunctionalInterface
interface Sleeper {

  Sleeper REAL = delay -> Thread.sleep(delay.toMillis());

  void sleep(Duration delay) throws InterruptedException;
}

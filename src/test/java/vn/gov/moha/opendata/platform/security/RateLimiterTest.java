package vn.gov.moha.opendata.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The allowance of public writes (a citizen's submissions): a thirtieth of the anonymous one, per IP, on its own. */
class RateLimiterTest {
  @Test
  void publicWritesHaveASmallAllowanceOfTheirOwnPerAddress() {
    RateLimiter limits = new RateLimiter(60, 600);
    assertTrue(limits.publicWrite("10.0.0.1").allowed());
    RateLimiter.Decision second = limits.publicWrite("10.0.0.1");
    assertTrue(second.allowed());
    assertEquals(2, second.limit());
    RateLimiter.Decision third = limits.publicWrite("10.0.0.1");
    assertFalse(third.allowed(), "60 anonymous requests a minute allow 2 writes");
    assertTrue(third.retryAfterSeconds() > 0);
    assertTrue(limits.publicWrite("10.0.0.2").allowed(), "another address has its own allowance");
    assertTrue(limits.anonymous("10.0.0.1").allowed(), "reads are counted apart");
    assertEquals(1, new RateLimiter(10, 0).publicWrite("10.0.0.3").limit(), "at least one");
    RateLimiter off = new RateLimiter(0, 0);
    for (int i = 0; i < 100; i++) {
      assertTrue(off.publicWrite("10.0.0.4").allowed(), "off with the anonymous limit");
    }
  }
}

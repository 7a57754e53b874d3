package vn.gov.moha.opendata.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The per-process share of a limit: with N live instances each allows limit / N (at least one), so that the limit
 * holds over a balancer that spreads requests; the shared write limit is tested against PostgreSQL in InstancesIT.
 */
class RateLimiterTest {
  @Test
  void eachOfNInstancesAllowsItsShareOfTheLimit() {
    RateLimiter limits = new RateLimiter(10, 0);
    limits.instances(2);
    for (int i = 0; i < 5; i++) {
      RateLimiter.Decision d = limits.anonymous("10.0.0.1");
      assertTrue(d.allowed(), "request " + (i + 1) + " of the share of 5");
      assertEquals(5, d.limit());
    }
    RateLimiter.Decision refused = limits.anonymous("10.0.0.1");
    assertFalse(refused.allowed(), "the 6th: 10 a minute over two instances is 5 here");
    assertTrue(refused.retryAfterSeconds() > 0);
    assertTrue(limits.anonymous("10.0.0.2").allowed(), "another address has its own allowance");
    limits.instances(1);
    assertEquals(10, limits.anonymous("10.0.0.1").limit(), "alone again: the whole limit");
    limits.instances(50);
    assertEquals(1, limits.anonymous("10.0.0.3").limit(), "at least one");
    assertTrue(new RateLimiter(0, 0).anonymous("10.0.0.4").allowed(), "off");
  }
}

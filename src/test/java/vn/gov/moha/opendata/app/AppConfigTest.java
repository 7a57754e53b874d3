package vn.gov.moha.opendata.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
  @Test
  void defaults() {
    AppConfig c = AppConfig.from(Map.of());
    assertEquals("0.0.0.0", c.httpHost());
    assertEquals(8080, c.httpPort());
    assertTrue(c.database().isEmpty());
    assertEquals(Path.of("var"), c.dataDir());
    assertEquals(5000, c.seedSize());
    assertEquals("http://localhost:8080", c.baseUri(8080));
  }

  @Test
  void databaseUrlIsParsed() {
    AppConfig c = AppConfig.from(Map.of("DATABASE_URL", "postgresql://moha:s%40cret@db.example:6543/opendata",
      "PUBLIC_BASE_URI", "https://data.moha.gov.vn/"));
    AppConfig.DatabaseUrl db = c.database().orElseThrow();
    assertEquals("db.example", db.host());
    assertEquals(6543, db.port());
    assertEquals("opendata", db.database());
    assertEquals("moha", db.user());
    assertEquals("s@cret", db.password());
    assertEquals("https://data.moha.gov.vn", c.baseUri(8080));
  }

  @Test
  void wrongValuesNameTheVariable() {
    assertMessage(Map.of("HTTP_PORT", "eighty"), "HTTP_PORT");
    assertMessage(Map.of("HTTP_PORT", "70000"), "HTTP_PORT");
    assertMessage(Map.of("DB_POOL_SIZE", "0"), "DB_POOL_SIZE");
    assertMessage(Map.of("DATABASE_URL", "mysql://x/y"), "DATABASE_URL");
    assertMessage(Map.of("PUBLIC_BASE_URI", "ftp://x"), "PUBLIC_BASE_URI");
    assertMessage(Map.of("SEED_SIZE", "-1"), "SEED_SIZE");
    assertMessage(Map.of("ADMIN_TOKEN", "short"), "ADMIN_TOKEN");
  }

  private static void assertMessage(Map<String, String> env, String variable) {
    AppConfig.ConfigException e = assertThrows(AppConfig.ConfigException.class, () -> AppConfig.from(env));
    assertTrue(e.getMessage().contains(variable), e.getMessage());
  }
}

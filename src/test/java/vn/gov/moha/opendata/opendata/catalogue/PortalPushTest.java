package vn.gov.moha.opendata.opendata.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The push's back-off and the ids of the CKAN mapping. */
class PortalPushTest {
  @Test
  void backOffDoublesWithJitterAndIsCapped() {
    for (int i = 0; i < 200; i++) {
      long first = PortalPush.backoffMs(1, 1000, 60_000);
      assertTrue(first >= 500 && first <= 1000, "first: " + first);
      long third = PortalPush.backoffMs(3, 1000, 60_000);
      assertTrue(third >= 2000 && third <= 4000, "third: " + third);
      long late = PortalPush.backoffMs(40, 1000, 60_000);
      assertTrue(late >= 30_000 && late <= 60_000, "capped: " + late);
    }
  }

  @Test
  void idsAreVersion5UuidsOfTheUri() {
    // the value of Python's uuid.uuid5(uuid.NAMESPACE_URL, "http://python.org/")
    assertEquals("4c565f0d-3f5a-5890-b41b-20cf47701c5e", CkanPackage.id("http://python.org/"));
    assertEquals(CkanPackage.id("https://x/id/dataset/a"), CkanPackage.id("https://x/id/dataset/a"));
  }

  @Test
  void rowsAboveTheMaximumAreLoweredAsCkanDoes() {
    io.vertx.core.json.JsonObject p = new io.vertx.core.json.JsonObject().put("rows", "5000");
    assertEquals(1000, CkanApi.searchRequest(p).rows());
    assertEquals(10, CkanApi.searchRequest(new io.vertx.core.json.JsonObject()).rows());
  }

  @Test
  void theConfigurationNamesWhatIsMissing() {
    var error = org.junit.jupiter.api.Assertions.assertThrows(vn.gov.moha.opendata.app.AppConfig.ConfigException.class,
      () -> vn.gov.moha.opendata.app.AppConfig.from(java.util.Map.of("NATIONAL_PORTAL_URL", "https://data.gov.vn")));
    assertTrue(error.getMessage().contains("NATIONAL_PORTAL_TOKEN") && error.getMessage().contains("NATIONAL_PORTAL_ORG"),
      error.getMessage());
    var orphan = org.junit.jupiter.api.Assertions.assertThrows(vn.gov.moha.opendata.app.AppConfig.ConfigException.class,
      () -> vn.gov.moha.opendata.app.AppConfig.from(java.util.Map.of("NATIONAL_PORTAL_TOKEN", "t")));
    assertTrue(orphan.getMessage().contains("NATIONAL_PORTAL_URL is not"), orphan.getMessage());
    assertTrue(vn.gov.moha.opendata.app.AppConfig.from(java.util.Map.of()).portal().isEmpty(), "off when unset");
    PortalPush.Settings s = vn.gov.moha.opendata.app.AppConfig.from(java.util.Map.of("NATIONAL_PORTAL_URL",
      "https://data.gov.vn/", "NATIONAL_PORTAL_TOKEN", "t", "NATIONAL_PORTAL_ORG", "bo-noi-vu")).portal().orElseThrow();
    assertEquals("https://data.gov.vn/dataset/moha-awards", s.packageUrl("awards"));
    assertEquals(5000, s.intervalMs());
  }
}

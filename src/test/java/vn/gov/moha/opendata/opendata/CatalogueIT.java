package vn.gov.moha.opendata.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.sqlclient.Pool;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.app.AppConfig;
import vn.gov.moha.opendata.app.Application;
import vn.gov.moha.opendata.app.Modules;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue;
import vn.gov.moha.opendata.platform.db.Database;
import vn.gov.moha.opendata.support.TestServer;

/** The catalogue model: one entry per open dataset, with what is read from the data and the stored sizes. */
class CatalogueIT {
  private static <T> T await(io.vertx.core.Future<T> f) throws Exception {
    return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  void everyModuleHasAnEntryWithItsDistributionsAndCoverage() throws Exception {
    Application.Running r = TestServer.get();
    Pool pool = Database.own(r.vertx(), AppConfig.from(java.util.Map.of("DATABASE_URL", TestServer.databaseUrl()))
      .database().orElseThrow(), "catalogue-it", 1);
    try {
      // a whole download another test wrote (DumpsIT, in the same server) would give the CSV a size already
      try (Connection c = TestServer.jdbc(); Statement s = c.createStatement()) {
        s.execute("DELETE FROM catalog.download_file WHERE dataset = 'awards' AND format = 'csv'");
      }
      Catalogue catalogue = new Catalogue(pool, new vn.gov.moha.opendata.platform.rdf.Uris(r.baseUri()), Modules.ALL);
      List<Catalogue.Entry> entries = await(catalogue.entries());
      List<String> names = entries.stream().map(Catalogue.Entry::name).toList();
      assertEquals(TestServer.catalogued(), names);
      Catalogue.Entry reporting = entries.get(names.indexOf("reporting-compliance"));
      assertEquals("VAN_PHONG", reporting.publisher().code());
      assertEquals("bao-cao-thong-ke", reporting.themes().get(0).code());
      assertNotNull(reporting.temporalStart(), "2024, the first periods");
      Catalogue.Entry par = entries.get(names.indexOf("par-index"));
      assertEquals("VU_CCHC", par.publisher().code());
      assertEquals("cai-cach-hanh-chinh", par.themes().get(0).code());
      assertNotNull(par.temporalStart(), "2023, the first year of the published figures");
      Catalogue.Entry awards = entries.get(names.indexOf("awards"));
      assertEquals("BAN_TDKT", awards.publisher().code());
      assertEquals(r.baseUri() + "/id/dataset/awards", awards.uri());
      assertEquals(5, awards.distributions().size());
      assertNotNull(awards.temporalStart());
      assertTrue(!awards.modified().isBefore(awards.dataModified()));
      assertEquals("thi-dua-khen-thuong", awards.themes().get(0).code());
      assertNull(awards.distributions().get(0).bytes(), "no size before a whole download was written");
      try (Connection c = TestServer.jdbc(); Statement s = c.createStatement()) {
        s.execute("INSERT INTO catalog.download_file VALUES ('awards', 'csv', now() + interval '1 minute', 1234) "
          + "ON CONFLICT (dataset, format) DO UPDATE SET version = excluded.version, bytes = excluded.bytes");
      }
      Catalogue.Entry again = await(catalogue.entry("awards")).orElseThrow();
      assertEquals(1234L, again.distributions().get(0).bytes());
      assertTrue(await(catalogue.entry("nope")).isEmpty());
    } finally {
      try (Connection c = TestServer.jdbc(); Statement s = c.createStatement()) {
        s.execute("DELETE FROM catalog.download_file WHERE dataset = 'awards' AND format = 'csv'");
      }
      pool.close();
    }
  }
}

package vn.gov.moha.opendata.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.rdf.RemoteStore;

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
      "PUBLIC_BASE_URI", "https://data.moha.gov.vn/", "OIDC_ISSUER", "https://sso.moha.gov.vn/realms/moha"));
    AppConfig.DatabaseUrl db = c.database().orElseThrow();
    assertEquals("db.example", db.host());
    assertEquals(6543, db.port());
    assertEquals("opendata", db.database());
    assertEquals("moha", db.user());
    assertEquals("s@cret", db.password());
    assertEquals("https://data.moha.gov.vn", c.baseUri(8080));
  }

  @Test
  void aReadReplicaFollowsThePrimary() {
    assertTrue(AppConfig.from(Map.of("DATABASE_URL", "postgresql://db1/moha")).readDatabase().isEmpty());
    AppConfig.DatabaseUrl read = AppConfig.from(Map.of("DATABASE_URL", "postgresql://db1/moha",
      "DATABASE_READ_URL", "postgresql://reader@db2:5433/moha")).readDatabase().orElseThrow();
    assertEquals("db2", read.host());
    assertEquals(5433, read.port());
    assertEquals("reader", read.user());
    assertMessage(Map.of("DATABASE_READ_URL", "postgresql://db2/moha"), "DATABASE_READ_URL is set but DATABASE_URL");
    assertMessage(Map.of("DATABASE_URL", "postgresql://db1/moha", "DATABASE_READ_URL", "mysql://db2/moha"),
      "DATABASE_READ_URL must start with postgresql://");
  }

  @Test
  void theLocalIssuerCannotBeSwitchedOnByAccidentOnAPublicAddress() {
    assertTrue(AppConfig.from(Map.of()).auth().localIssuer());
    assertTrue(AppConfig.from(Map.of("PUBLIC_BASE_URI", "https://localhost:8443")).auth().localIssuer());
    assertMessage(Map.of("PUBLIC_BASE_URI", "https://data.moha.gov.vn"), "OIDC_ISSUER is not set");
    assertTrue(AppConfig.from(Map.of("PUBLIC_BASE_URI", "https://data.moha.gov.vn", "ALLOW_LOCAL_ISSUER", "yes"))
      .auth().localIssuer());
    AppConfig.Auth oidc = AppConfig.from(Map.of("PUBLIC_BASE_URI", "https://data.moha.gov.vn",
      "OIDC_ISSUER", "https://sso.moha.gov.vn/realms/moha")).auth();
    assertTrue(!oidc.localIssuer() && oidc.jwksUrl().isEmpty());
    assertEquals(300, oidc.anonymousPerMinute());
    assertEquals(3000, oidc.keyPerMinute());
  }

  @Test
  void wrongValuesNameTheVariable() {
    assertMessage(Map.of("HTTP_PORT", "eighty"), "HTTP_PORT");
    assertMessage(Map.of("HTTP_PORT", "70000"), "HTTP_PORT");
    assertMessage(Map.of("DB_POOL_SIZE", "0"), "DB_POOL_SIZE");
    assertMessage(Map.of("DATABASE_URL", "mysql://x/y"), "DATABASE_URL");
    assertMessage(Map.of("PUBLIC_BASE_URI", "ftp://x"), "PUBLIC_BASE_URI");
    assertMessage(Map.of("SEED_SIZE", "-1"), "SEED_SIZE");
    assertMessage(Map.of("ADMIN_TOKEN", "whatever-it-is-now"), "ADMIN_TOKEN is no longer used");
    assertMessage(Map.of("OIDC_JWKS_URL", "https://idp.example/jwks"), "OIDC_ISSUER is not");
    assertMessage(Map.of("OIDC_ISSUER", "idp.example"), "OIDC_ISSUER must be an http(s) URL");
    assertMessage(Map.of("RATE_LIMIT_ANONYMOUS_PER_MINUTE", "-1"), "RATE_LIMIT_ANONYMOUS_PER_MINUTE");
    assertMessage(Map.of("TRUST_FORWARDED_HEADERS", "yes"), "TRUST_FORWARDED_HEADERS");
  }

  @Test
  void theRdfStoreAndTheSparqlGuardrails() {
    AppConfig.Rdf defaults = AppConfig.from(Map.of("DATA_DIR", "/srv/moha")).rdf();
    assertEquals(Path.of("/srv/moha/rdf"), defaults.storeDir());
    assertEquals(10_000, defaults.timeoutMs());
    assertEquals(10_000, defaults.maxRows());
    assertEquals(2, defaults.maxConcurrent());
    assertEquals(1000, defaults.relayIntervalMs());
    AppConfig.Rdf set = AppConfig.from(Map.of("RDF_STORE_DIR", "/data/tdb2", "SPARQL_TIMEOUT_MS", "30000",
      "SPARQL_MAX_ROWS", "500", "SPARQL_MAX_CONCURRENT", "4")).rdf();
    assertEquals(new AppConfig.Rdf(Path.of("/data/tdb2"), 30_000, 500, 4, 1000, Optional.empty()), set);
    assertEquals(250, AppConfig.from(Map.of("RDF_RELAY_INTERVAL_MS", "250")).rdf().relayIntervalMs());
    assertMessage(Map.of("RDF_RELAY_INTERVAL_MS", "10"), "RDF_RELAY_INTERVAL_MS");
    assertEquals(set, AppConfig.from(Map.of("RDF_STORE_DIR", "/data/tdb2", "SPARQL_TIMEOUT_MS", "30000",
      "SPARQL_MAX_ROWS", "500", "SPARQL_MAX_CONCURRENT", "4")).withPort(9090).rdf(), "kept by withPort");
    assertMessage(Map.of("SPARQL_TIMEOUT_MS", "0"), "SPARQL_TIMEOUT_MS");
    assertMessage(Map.of("SPARQL_MAX_ROWS", "lots"), "SPARQL_MAX_ROWS");
    assertMessage(Map.of("SPARQL_MAX_CONCURRENT", "7"), "SPARQL_MAX_CONCURRENT");
    assertMessage(Map.of("SPARQL_MAX_CONCURRENT", "0"), "SPARQL_MAX_CONCURRENT");
  }

  @Test
  void anExternalSparqlStoreInsteadOfTdb2() {
    assertTrue(AppConfig.from(Map.of()).rdf().remote().isEmpty(), "TDB2 under DATA_DIR/rdf unless RDF_STORE_URL");
    RemoteStore.Endpoints fuseki = AppConfig.from(Map.of("RDF_STORE_URL", "http://fuseki:3030/moha/")).rdf().remote()
      .orElseThrow();
    assertEquals(new RemoteStore.Endpoints("http://fuseki:3030/moha/sparql", "http://fuseki:3030/moha/update",
      Optional.of("http://fuseki:3030/moha/data"), Optional.empty(), Optional.empty()), fuseki);
    String graphdb = "http://graphdb:7200/repositories/moha";
    RemoteStore.Endpoints set = AppConfig.from(Map.of("RDF_STORE_URL", graphdb, "RDF_STORE_QUERY_URL", graphdb,
      "RDF_STORE_UPDATE_URL", graphdb + "/statements", "RDF_STORE_GSP_URL", graphdb + "/statements",
      "RDF_STORE_USER", "moha", "RDF_STORE_PASSWORD", "s3cret")).rdf().remote().orElseThrow();
    assertEquals(new RemoteStore.Endpoints(graphdb, graphdb + "/statements", Optional.of(graphdb + "/statements"),
      Optional.of("moha"), Optional.of("s3cret")), set);
    assertTrue(!set.toString().contains("s3cret"), "the password stays out of the log");
    assertEquals(Optional.empty(), AppConfig.from(Map.of("RDF_STORE_URL", "http://virtuoso:8890",
      "RDF_STORE_GSP_URL", "none")).rdf().remote().orElseThrow().gsp(), "none: a rebuild loads by INSERT DATA");
    assertEquals(fuseki, AppConfig.from(Map.of("RDF_STORE_URL", "http://fuseki:3030/moha")).withPort(1).rdf().remote()
      .orElseThrow(), "kept by withPort");
    assertMessage(Map.of("RDF_STORE_URL", "fuseki:3030/moha"), "RDF_STORE_URL must be an http(s) URL");
    assertMessage(Map.of("RDF_STORE_URL", "http://f/ds", "RDF_STORE_UPDATE_URL", "ftp://f/ds"), "RDF_STORE_UPDATE_URL");
    assertMessage(Map.of("RDF_STORE_QUERY_URL", "http://f/ds/sparql"), "RDF_STORE_URL is not");
    assertMessage(Map.of("RDF_STORE_URL", "http://f/ds", "RDF_STORE_PASSWORD", "x"), "RDF_STORE_USER is not");
    assertMessage(Map.of("RDF_STORE_URL", "http://f/ds", "RDF_STORE_DIR", "/data/tdb2"), "RDF_STORE_DIR and");
  }

  private static void assertMessage(Map<String, String> env, String variable) {
    AppConfig.ConfigException e = assertThrows(AppConfig.ConfigException.class, () -> AppConfig.from(env));
    assertTrue(e.getMessage().contains(variable), e.getMessage());
  }
}

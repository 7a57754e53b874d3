package vn.gov.moha.opendata.app;

import java.util.concurrent.atomic.AtomicBoolean;
import vn.gov.moha.opendata.app.AppConfig.DatabaseUrl;
import vn.gov.moha.opendata.platform.db.Instances;
import vn.gov.moha.opendata.platform.http.Contract;
import vn.gov.moha.opendata.platform.http.PageCache;
import vn.gov.moha.opendata.platform.rdf.RdfStore;
import vn.gov.moha.opendata.platform.rdf.SparqlEngine;
import vn.gov.moha.opendata.platform.rdf.SparqlPage;
import vn.gov.moha.opendata.platform.security.SecurityServices;

/**
 * What every HTTP verticle shares: configuration, database, contract, security state, public base URI, the RDF store
 * with its SPARQL engine (one concurrency limit per server) and query page, the instances sharing the database, the open list pages kept until their rows change.
 */
record ServerContext(AppConfig config, DatabaseUrl database, Contract contract, SecurityServices security,
                     String baseUri,
                     AtomicBoolean migratedFlag, RdfStore rdf, SparqlEngine sparql, SparqlPage sparqlPage,
                     Instances instances, PageCache pages) {
  boolean migrated() {
    return migratedFlag.get();
  }
}

package vn.gov.moha.opendata.app;

import java.util.concurrent.atomic.AtomicBoolean;
import vn.gov.moha.opendata.app.AppConfig.DatabaseUrl;
import vn.gov.moha.opendata.platform.http.Contract;
import vn.gov.moha.opendata.platform.security.SecurityServices;

/** What every HTTP verticle shares: configuration, database, contract, security state, public base URI. */
record ServerContext(AppConfig config, DatabaseUrl database, Contract contract, SecurityServices security,
                     String baseUri,
                     AtomicBoolean migratedFlag) {
  boolean migrated() {
    return migratedFlag.get();
  }
}

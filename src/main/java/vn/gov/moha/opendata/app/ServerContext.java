package vn.gov.moha.opendata.app;

import java.util.concurrent.atomic.AtomicBoolean;
import vn.gov.moha.opendata.app.AppConfig.DatabaseUrl;
import vn.gov.moha.opendata.platform.http.Contract;
import vn.gov.moha.opendata.platform.security.Access;

/** What every HTTP verticle shares: configuration, database, contract, access guard, public base URI. */
record ServerContext(AppConfig config, DatabaseUrl database, Contract contract, Access access, String baseUri,
                     AtomicBoolean migratedFlag) {
  boolean migrated() {
    return migratedFlag.get();
  }
}

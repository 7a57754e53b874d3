package vn.gov.moha.opendata.platform.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.app.AppConfig.DatabaseUrl;

/** Flyway over JDBC: blocking, so callers run it on a worker pool. */
public final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {
  }

  private static Flyway flyway(DatabaseUrl url) {
    return Flyway.configure()
      .dataSource("jdbc:postgresql://" + url.host() + ":" + url.port() + "/" + url.database(), url.user(), url.password())
      .locations("classpath:db/migration")
      .schemas("platform")
      .createSchemas(true)
      .load();
  }

  /** Applies pending migrations; returns how many ran. */
  public static int migrate(DatabaseUrl url) {
    MigrateResult result = flyway(url).migrate();
    LOG.info("migrations: {} applied, schema now at version {}", result.migrationsExecuted, result.targetSchemaVersion);
    return result.migrationsExecuted;
  }

  /** True when every migration on the classpath has been applied. */
  public static boolean upToDate(DatabaseUrl url) {
    MigrationInfo[] pending = flyway(url).info().pending();
    return pending.length == 0;
  }
}

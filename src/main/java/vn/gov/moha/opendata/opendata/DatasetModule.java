package vn.gov.moha.opendata.opendata;

import io.vertx.sqlclient.Row;
import java.util.List;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * An open dataset as the generic open-data layer sees it (catalogue, downloads, thing pages, content negotiation, the
 * RDF store and its relay): it never sees a dataset's tables. A dataset says how to select its published records from
 * its open views, one row per record, how a row becomes triples and a table row, when it last changed and what
 * period it covers. Its description (titles, publisher, themes, licence…) is a row of {@code catalog.dataset} with the
 * same {@link #name}.
 *
 * <p>A record's thing path is {@code prefix + the value of pathColumn} ({@code /id/award/} + key), or, when
 * {@code prefix} is empty, the stored path itself (legal documents store their ELI path); {@code owns} is the part
 * every thing path of the dataset starts with.
 */
public abstract class DatasetModule {
  private final String name;
  private final String select;
  private final String owns;
  private final String prefix;
  private final String pathColumn;
  private final Table table;

  /**
   * @param select the SELECT of published records over the alias {@code r}, one row per record ordered by the
   *               records' URIs, with {@code %s} where its WHERE condition goes
   * @param table  the dataset as a table, for CSV downloads
   */
  protected DatasetModule(String name, String select, String owns, String prefix, String pathColumn, Table table) {
    this.name = name;
    this.select = select;
    this.owns = owns;
    this.prefix = prefix;
    this.pathColumn = pathColumn;
    this.table = table;
  }

  /** The URI of the class of the dataset's records (VoID's class partition, the portal's SPARQL example). */
  public abstract String recordClass();

  /** The path every thing of the dataset starts with ({@code /id/award/}, {@code /eli/vn/}). */
  public final String owns() {
    return owns;
  }

  /** The dataset's name: its outbox events' {@code dataset}, its download file name. */
  public final String name() {
    return name;
  }

  /** The SELECT of the published records meeting {@code where} (SQL over {@code r}). */
  public final String select(String where) {
    return select.formatted(where);
  }

  /** The condition of {@link #select} that finds the record of a thing path ($1 = {@link #pathParam}). */
  public final String wherePath() {
    return "r." + pathColumn + " = $1";
  }

  /** The condition of {@link #select} on record ids ($1 = bigint[]; the outbox names records by id). */
  public final String whereIds() {
    return "r.id = ANY($1::bigint[])";
  }

  /** The parameter {@link #wherePath} takes for a thing path, or null when this dataset does not own the path. */
  public final String pathParam(String thingPath) {
    return !thingPath.startsWith(owns) ? null : thingPath.substring(prefix.length());
  }

  /** The path of the thing a row describes ({@code /id/organization/…}, {@code /eli/vn/…}). */
  public final String thingPath(Row row) {
    return prefix + row.getString(pathColumn);
  }

  /** The triples of one record. */
  public abstract void describe(Row row, Uris uris, Triples out);

  /** The dataset as a table, for CSV downloads. */
  public final Table table() {
    return table;
  }

  /** The code lists this dataset's records point to, published as SKOS concept schemes under /def/. */
  public abstract List<ConceptScheme> schemes();

  /** The path of the dataset's JSON list in the API (for the examples on its portal page). */
  public String apiListPath() {
    return "/api/v1/" + name;
  }

  /** Whether the dataset is published as linked data (thing URIs, RDF downloads, the SPARQL store). */
  public boolean linked() {
    return true;
  }

  /**
   * A query of one row and one {@code timestamptz} column: when a record last changed (an index lookup; deletions are
   * read from the tombstones apart).
   */
  public abstract String lastChangeSql();

  /** A query of one row with the {@code date} columns {@code first} and {@code last}: the period the records cover. */
  public abstract String coverageSql();

  /**
   * A query of rows {@code (year int, n bigint)} ordered by year: how many published records each year has (by the
   * date that makes the data statistical: a document's issue, an organisation's founding, an award's decision), for
   * the portal's chart; null when the dataset has no such date.
   */
  public String yearCountsSql() {
    return null;
  }
}

package vn.gov.moha.opendata.opendata.downloads;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.DownloadFormat;
import vn.gov.moha.opendata.platform.rdf.NTriplesOut;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab;

/**
 * N-Triples straight to bytes ({@link NTriplesOut}: Jena's streaming writer's bytes, without its per-character
 * writer stack), or Turtle through Jena's streaming "blocks" writer (one subject's triples in memory at a time).
 */
final class RdfEncoder implements Encoder {
  private final DatasetModule dataset;
  private final Uris uris;
  private final StreamRDF writer;

  RdfEncoder(DatasetModule dataset, DownloadFormat format, Chunks chunks, Uris uris) {
    this.dataset = dataset;
    this.uris = uris;
    this.writer = format == DownloadFormat.NT ? new NTriplesOut(chunks)
      : StreamRDFWriter.getWriterStream(chunks, RDFFormat.TURTLE_BLOCKS);
  }

  @Override
  public void start() {
    writer.start();
    Vocab.PREFIXES.getNsPrefixMap().forEach(writer::prefix);
  }

  @Override
  public void rows(RowSet<Row> rows) {
    Triples out = new Triples(writer);
    for (Row row : rows) {
      dataset.describe(row, uris, out);
    }
    if (writer instanceof NTriplesOut nt) {
      nt.flush(); // the batch's bytes into the chunk taken after it
    }
  }

  @Override
  public void finish() {
    writer.finish();
  }
}

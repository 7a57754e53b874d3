package vn.gov.moha.opendata.opendata.downloads;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.data.Numeric;
import java.io.IOException;
import java.math.BigDecimal;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * JSON (an array, one record a line) or NDJSON (one record a line, nothing around) through Jackson's streaming
 * generator. A record is an object of {@code uri} and then every column of the dataset's table under its machine name,
 * typed: numbers, booleans, dates as ISO 8601 strings, arrays as arrays; a null is kept as {@code null}, so that every
 * record has every key (the same rows and columns as the CSV).
 */
final class JsonEncoder implements Encoder {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final DatasetModule dataset;
  private final boolean ndjson;
  private final Uris uris;
  private final Table table;
  private final JsonGenerator out;
  private boolean first = true;

  JsonEncoder(DatasetModule dataset, boolean ndjson, Chunks chunks, Uris uris) {
    this.dataset = dataset;
    this.ndjson = ndjson;
    this.uris = uris;
    this.table = dataset.table();
    try {
      this.out = FACTORY.createGenerator(chunks, JsonEncoding.UTF8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    out.setRootValueSeparator(null);
  }

  @Override
  public void start() throws IOException {
    if (!ndjson) {
      out.writeRaw('[');
    }
    out.flush();
  }

  @Override
  public void rows(RowSet<Row> rows) throws IOException {
    for (Row row : rows) {
      if (!ndjson) {
        out.writeRaw(first ? "\n" : ",\n");
      }
      first = false;
      out.writeStartObject();
      out.writeStringField("uri", uris.of(dataset.thingPath(row)));
      for (int i = 0; i < table.columns().size(); i++) {
        out.writeFieldName(table.columns().get(i).name());
        value(row.getValue(i));
      }
      out.writeEndObject();
      if (ndjson) {
        out.writeRaw('\n');
      }
    }
    out.flush();
  }

  private void value(Object v) throws IOException {
    if (v == null) {
      out.writeNull();
    } else if (v instanceof String s) {
      out.writeString(s);
    } else if (v instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      out.writeNumber(((Number) v).longValue());
    } else if (v instanceof BigDecimal d) {
      out.writeNumber(d);
    } else if (v instanceof Numeric n) {
      out.writeNumber(n.bigDecimalValue());
    } else if (v instanceof Number n) {
      out.writeNumber(n.doubleValue());
    } else if (v instanceof Object[] a) {
      out.writeStartArray();
      for (Object o : a) {
        value(o);
      }
      out.writeEndArray();
    } else { // dates (LocalDate, OffsetDateTime: ISO 8601) and anything else as text
      out.writeString(v.toString());
    }
  }

  @Override
  public void finish() throws IOException {
    if (!ndjson) {
      out.writeRaw(first ? "]\n" : "\n]\n");
    }
    out.close();
  }
}

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Writes the default graph our SPARQL endpoint answers from (the union of every named graph of the server's TDB2
 * store) as N-Triples, so that the peers of bench/peers-sparql.sh load exactly the same triples. Run with the server
 * stopped (TDB2 locks its directory), with the source launcher on the server jar:
 * {@code java -cp target/moha-opendata.jar bench/peers/DumpStore.java <data dir>/rdf out.nt}. Prints the count.
 */
public class DumpStore {
  public static void main(String[] args) throws Exception {
    Dataset ds = TDB2Factory.connectDataset(args[0]);
    long[] n = {0};
    try (OutputStream out = new BufferedOutputStream(new FileOutputStream(args[1]), 1 << 16)) {
      Txn.executeRead(ds, () -> {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NTRIPLES);
        w.start();
        ds.asDatasetGraph().getUnionGraph().find().forEachRemaining(t -> {
          w.triple(t);
          n[0]++;
        });
        w.finish();
      });
    }
    System.out.println(n[0]);
  }
}

package vn.gov.moha.opendata.platform.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first build of the RDF store and its count fit in a heap far smaller than the store held as Jena objects: the
 * rebuild's quads go straight into the write transaction, the count runs on TDB2's indexes, the node caches are sized
 * to the heap (a query then decodes every node of the store). Checked in a child JVM ({@link TdbStoreHeapProbe}) with {@link #HEAP} of heap, and against a control:
 * the same store, counted through Jena's generic union view (every distinct triple in a set), must run out of memory
 * in that heap, or the budget proves nothing.
 */
class TdbStoreHeapTest {
  static final String HEAP = "-Xmx40m";
  static final int RECORDS = 30_000;

  @TempDir
  Path dir;

  @Test
  void theBuildAndTheCountOfAStoreBiggerThanTheHeapSucceed() throws Exception {
    Path rdf = dir.resolve("rdf");
    Run build = probe("build", rdf.toString(), String.valueOf(RECORDS));
    assertEquals(0, build.status(), "the build ran out of memory or failed:\n" + build.out());
    assertTrue(build.out().contains("built " + RECORDS * TdbStoreHeapProbe.QUADS + " triples, " + RECORDS
      + " graphs, lookup 1, decoded " + RECORDS * TdbStoreHeapProbe.QUADS), build.out());

    Run control = probe("materialise", rdf.toString());
    assertNotEquals(0, control.status(), "the store held as Jena triples fits in " + HEAP + ": make RECORDS larger "
      + "(or the heap smaller) so that this test can tell a streaming build from one that materialises:\n"
      + control.out());
    assertTrue(control.out().contains("OutOfMemoryError"), control.out());
  }

  record Run(int status, String out) {
  }

  private Run probe(String... args) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "probe", ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String[] command = new String[5 + args.length];
    command[0] = java;
    command[1] = HEAP;
    command[2] = "-cp";
    command[3] = System.getProperty("java.class.path");
    command[4] = TdbStoreHeapProbe.class.getName();
    System.arraycopy(args, 0, command, 5, args.length);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      return new Run(-1, "timed out after 5 minutes\n" + Files.readString(log));
    }
    return new Run(p.exitValue(), Files.readString(log));
  }
}

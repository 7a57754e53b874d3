package vn.gov.moha.opendata.opendata.downloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.app.Modules;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.DownloadFormat;
import vn.gov.moha.opendata.platform.http.ApiProblem;

/** Reading a download's file name and parameters: filters become bound parameters, never SQL text. */
class DownloadRequestTest {
  private static final Map<String, DatasetModule> DATASETS = Modules.ALL.stream()
    .collect(Collectors.toMap(DatasetModule::name, d -> d));

  private static DownloadRequest of(String file, String... params) {
    MultiMap q = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i + 1 < params.length; i += 2) {
      q.add(params[i], params[i + 1]);
    }
    return DownloadRequest.of(file, q, DATASETS);
  }

  private static ApiProblem problem(String file, String... params) {
    return assertThrows(ApiProblem.class, () -> of(file, params));
  }

  @Test
  void filtersAreBoundParametersInTheTablesOrder() {
    String hostile = "T01N' OR 1=1 --";
    DownloadRequest r = of("awards.ndjson", "year", "2024", "province", hostile);
    assertEquals("(r.province_key = $1 OR r.province_now_key = $1) AND r.year = $2", r.condition());
    assertEquals(List.of(hostile, 2024), r.params());
    assertFalse(r.condition().contains("T01N"), "the value is never in the SQL");
    assertTrue(r.filtered());
    assertTrue(DATASETS.get("awards").table().select(r.condition()).contains("WHERE (r.province_key = $1"));
    assertEquals(of("awards.ndjson", "province", hostile, "year", "2024").etag(1), r.etag(1), "order-independent");
    assertNotEquals(of("awards.ndjson").etag(1), r.etag(1));
    assertEquals("true", of("awards.ndjson").condition());
  }

  @Test
  void fileNamesAndVariants() {
    DownloadRequest en = of("awards.csv", "header", "en");
    assertEquals(DownloadFormat.CSV, en.format());
    assertEquals("csv-en", en.variant());
    assertEquals("csv", of("awards.csv", "header", "vi").variant());
    assertEquals(DownloadMetadata.DATAPACKAGE, of("legal-documents.datapackage.json").metadata());
    assertEquals(DownloadMetadata.CSVW, of("legal-documents.csv-metadata.json").metadata());
    assertNull(of("legal-documents.csv-metadata.json").format());
    assertEquals(404, problem("no-such-dataset.csv").status());
    assertEquals(404, problem("awards.xlsx").status());
  }

  @Test
  void aParameterTheFileDoesNotTakeIsNamed() {
    for (String[] bad : new String[][] {{"associations.csv", "year", "2024"}, {"awards.csv", "foo", "1"},
      {"awards.nt", "header", "en"}, {"awards.datapackage.json", "province", "T01N"}, {"awards.csv", "year", "x"}}) {
      ApiProblem p = problem(bad[0], bad[1], bad[2]);
      assertEquals(400, p.status());
      assertEquals(bad[1], p.errors().get(0).pointer(), String.join(" ", bad));
    }
    assertEquals("province", problem("awards.csv", "province", "T01N", "province", "T79N").errors().get(0).pointer());
  }
}

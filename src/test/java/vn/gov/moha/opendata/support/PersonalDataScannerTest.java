package vn.gov.moha.opendata.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.support.PersonalDataScanner.Hit;
import vn.gov.moha.opendata.support.PersonalDataScanner.Kind;

/** The scanner finds planted personal data and stays quiet on the numbers our open data is full of. */
class PersonalDataScannerTest {
  static List<Kind> kinds(String text) {
    return PersonalDataScanner.scanText(text).stream().map(Hit::kind).toList();
  }

  static void flags(Kind kind, String planted) {
    for (String text : List.of(planted, "Ông A, " + planted + ", Hà Nội", "\"" + planted + "\"")) {
      assertEquals(List.of(kind), kinds(text), () -> "missed " + kind + " in " + text);
    }
  }

  static void quiet(String text) {
    assertEquals(List.of(), PersonalDataScanner.scanText(text), () -> "false positive in " + text);
  }

  @Test
  void flagsCitizenIds() {
    flags(Kind.CITIZEN_ID, "001203004567");
    flags(Kind.CITIZEN_ID, "CCCD: 079090001234.");
    assertEquals("001203004567", PersonalDataScanner.scanText("số định danh 001203004567").get(0).match());
  }

  @Test
  void flagsPhoneNumbers() {
    for (String phone : List.of("0912 345 678", "0912345678", "0912.345.678", "091 234 5678", "0387654321",
      "+84 912345678", "+84912345678", "+84 912 345 678", "+84 (0) 912 345 678")) {
      flags(Kind.PHONE, phone);
    }
  }

  @Test
  void flagsPrivateEmailButNotStateMailboxes() {
    flags(Kind.EMAIL, "nguyen.van.a@gmail.com");
    flags(Kind.EMAIL, "tran_thi.b+hs@yahoo.com.vn");
    flags(Kind.EMAIL, "someone@moha.gov.vn.mail.ru");
    quiet("contact@moha.gov.vn");
    quiet("Gửi vanthu@noivu.hanoi.gov.vn hoặc Contact@MOHA.GOV.VN.");
    quiet("email=()=>\"user@example.com\", a@b.test");
    flags(Kind.EMAIL, "user@notexample.com");
  }

  @Test
  void flagsDatesOfBirthUnderAnyKeyAndInProse() {
    for (String key : List.of("ngay_sinh", "birth_date", "date_of_birth", "dob", "birthday", "ngàySinh", "DateOfBirth",
      "nam_sinh")) {
      JsonObject o = new JsonObject().put("items", new JsonArray().add(new JsonObject().put("ho_ten", "X").put(key,
        "1990-01-01")));
      List<Hit> hits = PersonalDataScanner.scanJson(o.encode());
      assertEquals(List.of(Kind.BIRTH_DATE), hits.stream().map(Hit::kind).toList(), key);
      assertTrue(hits.get(0).snippet().startsWith("/items/0/" + key), hits.get(0).snippet());
    }
    assertEquals(List.of(Kind.BIRTH_DATE), PersonalDataScanner.scanJson("{\"dob\": 19900101}").stream()
      .map(Hit::kind).toList());
    flags(Kind.BIRTH_DATE, "sinh ngày 01/01/1990");
    flags(Kind.BIRTH_DATE, "Ngày sinh: 1990-01-01");
    // a schema that describes the field (the contract of a restricted dataset) is not a date of birth
    quiet(new JsonObject().put("properties", new JsonObject().put("date_of_birth",
      new JsonObject().put("type", "string").put("format", "date"))).encode());
    assertEquals(List.of(), PersonalDataScanner.scanJson("{\"properties\": {\"date_of_birth\": {\"type\": \"string\"}}}"));
    assertEquals(List.of(), PersonalDataScanner.scanJson("{\"dob\": null, \"issued_date\": \"1990-01-01\"}"));
  }

  @Test
  void quietOnIdsDatesNumbersAndHashes() {
    quiet("3f2a1b4c-1111-2222-3333-123456789012");
    quiet("{\"uuid\":\"3F2A1B4C-1111-2222-3333-001203004567\"}");
    quiet("12/2022/NĐ-CP");
    quiet("Nghị định số 63/2022/NĐ-CP ngày 12/9/2022, 1250/QĐ-BNV, 52-NQ/TW");
    quiet("2025-07-01");
    quiet("\"modified_at\":\"2025-07-01T08:09:10.123456Z\",\"issued_date\":\"2022-09-12\"");
    quiet("\"rank\":0.0912345678,\"x\":0.123456789012,\"y\":123456789012.5, \"size\":9123456789");
    quiet("\"checksum\":\"ab001203004567cd0912345678ef00000000000000000000000000000000000000\"");
    quiet("1700000000000 0123456789012 20912345678");
    quiet("\"ETag\": \"W/\\\"17-1751357350123\\\"\"");
  }

  @Test
  void byMediaType() {
    assertEquals(List.of(Kind.PHONE), PersonalDataScanner.scan("text/html; charset=utf-8", "<p>0912 345 678</p>")
      .stream().map(Hit::kind).toList());
    assertEquals(List.of(Kind.EMAIL), PersonalDataScanner.scan("application/yaml", "email: a.b@gmail.com\n")
      .stream().map(Hit::kind).toList());
    assertEquals(List.of(Kind.BIRTH_DATE), PersonalDataScanner.scan("application/x-ndjson",
      "{\"id\":1}\n{\"id\":2,\"ngay_sinh\":\"1990-01-01\"}\n").stream().map(Hit::kind).toList());
    assertEquals(List.of(Kind.UNREADABLE), PersonalDataScanner.scan("application/json", "{\"a\":").stream()
      .map(Hit::kind).toList());
    assertNull(PersonalDataScanner.scan("image/png", "\u0089PNG 001203004567"));
    // Prometheus: sample values are counters, labels are scanned
    String metrics = "# HELP jvm_memory_used_bytes x\njvm_memory_used_bytes{area=\"heap\"} 123456789012\n"
      + "http_requests_total{route=\"/a/0912345678\"} 3.0\n";
    assertEquals(List.of(Kind.PHONE), PersonalDataScanner.scan("text/plain; version=0.0.4; charset=utf-8", metrics)
      .stream().map(Hit::kind).toList());
    assertFalse(PersonalDataScanner.scan("text/plain", metrics).isEmpty());
  }
}

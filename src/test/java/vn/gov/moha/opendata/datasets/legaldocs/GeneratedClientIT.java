package vn.gov.moha.opendata.datasets.legaldocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.client.ApiClient;
import vn.gov.moha.opendata.client.ApiException;
import vn.gov.moha.opendata.client.api.AccessApi;
import vn.gov.moha.opendata.client.api.LegalDocumentsApi;
import vn.gov.moha.opendata.client.model.ApiKeyCreated;
import vn.gov.moha.opendata.client.model.ApiKeyInput;
import vn.gov.moha.opendata.client.model.Caller;
import vn.gov.moha.opendata.client.model.DocumentKind;
import vn.gov.moha.opendata.client.model.LegalDocument;
import vn.gov.moha.opendata.client.model.LegalDocumentInput;
import vn.gov.moha.opendata.client.model.LegalDocumentPage;
import vn.gov.moha.opendata.client.model.ValidityStatus;
import vn.gov.moha.opendata.support.TestServer;

/** The Java SDK generated from the contract (OpenAPI Generator, java/native) against the running server. */
class GeneratedClientIT {
  LegalDocumentsApi api(boolean withToken) {
    URI base = URI.create(TestServer.base());
    ApiClient client = new ApiClient();
    client.setScheme(base.getScheme());
    client.setHost(base.getHost());
    client.setPort(base.getPort());
    if (withToken) {
      client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + TestServer.writerToken()));
    }
    return new LegalDocumentsApi(client);
  }

  @Test
  void listSearchAndGet() throws Exception {
    LegalDocumentPage page = api(false).listLegalDocuments(5, null, "can bo cong chuc", null, null,
      DocumentKind.NORMATIVE, null, null, null, null, null, null, null, true);
    assertFalse(page.getItems().isEmpty());
    assertNotNull(page.getTotal());
    LegalDocument doc = api(false).getLegalDocument(page.getItems().get(0).getId(), null);
    assertEquals(page.getItems().get(0).getNumber(), doc.getNumber());
  }

  /** The SDK's access operations: a signed-in developer creates a key, then calls with it, then revokes it. */
  @Test
  void apiKeysThroughTheSdk() throws Exception {
    URI base = URI.create(TestServer.base());
    ApiClient signedIn = new ApiClient().setScheme(base.getScheme()).setHost(base.getHost()).setPort(base.getPort());
    String token = TestServer.token("sdk-developer", null, "developer");
    signedIn.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    ApiKeyCreated key = new AccessApi(signedIn).createApiKey(new ApiKeyInput().name("SDK"));
    ApiClient withKey = new ApiClient().setScheme(base.getScheme()).setHost(base.getHost()).setPort(base.getPort());
    withKey.setRequestInterceptor(b -> b.header("X-API-Key", key.getKey()));
    Caller caller = new AccessApi(withKey).getCurrentCaller();
    assertEquals("sdk-developer", caller.getSubject());
    assertEquals(key.getId(), caller.getApiKeyId());
    new AccessApi(signedIn).revokeApiKey(key.getId());
    ApiException revoked = assertThrows(ApiException.class, () -> new AccessApi(withKey).getCurrentCaller());
    assertEquals(401, revoked.getCode());
  }

  @Test
  void createAndRefuse() throws Exception {
    LegalDocumentInput in = new LegalDocumentInput().number("4321/2025/TT-BNV").type("THONG_TU")
      .title("Thông tư tạo bằng SDK Java").issuer("BNV").issuedDate(LocalDate.of(2025, 8, 1))
      .status(ValidityStatus.NOT_YET_IN_FORCE).fields(java.util.Set.of("CAI_CACH_HC"));
    // the SDK's retry-safe create: the same Idempotency-Key answers the same document again
    String key = java.util.UUID.randomUUID().toString();
    LegalDocument created = api(true).createLegalDocument(in, key);
    assertEquals("normative", created.getKind().getValue());
    assertEquals(created.getId(), api(true).createLegalDocument(in, key).getId());
    ApiException e = assertThrows(ApiException.class, () -> api(false).createLegalDocument(in, null));
    assertEquals(401, e.getCode());
    ApiException dup = assertThrows(ApiException.class, () -> api(true).createLegalDocument(in, null));
    assertEquals(409, dup.getCode());
  }
}

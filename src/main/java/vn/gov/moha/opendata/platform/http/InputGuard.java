package vn.gov.moha.opendata.platform.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.PlatformHandler;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses input that is not text as the contract means it, before anything reads it (found by the bad input corpus,
 * BadInputIT): Vert.x decodes broken UTF-8 into U+FFFD and vertx-openapi takes any {@code …+json} media type as JSON,
 * so without these checks such requests reached the handlers — a search for "�(" answered 200, and a body sent as
 * {@code application/json-patch+json} created records.
 * <ul>
 *   <li>{@link #uri()}: the request target must be ASCII (RFC 3986) and its percent-escapes valid UTF-8 → else 400;</li>
 *   <li>{@link #mediaType()}: a body must come with one of the media types its operation declares → else 415;</li>
 *   <li>{@link #body()} (after the BodyHandler): a textual body (JSON, SPARQL, a form, text) must be valid UTF-8.</li>
 * </ul>
 */
public final class InputGuard {
  private final Map<String, Set<String>> bodyTypes;

  /** {@code bodyTypes}: operationId → the request media types it declares ({@link Contract#bodyMediaTypes()}). */
  public InputGuard(Map<String, Set<String>> bodyTypes) {
    this.bodyTypes = bodyTypes;
  }

  /** The request target's check (a root handler, before the access check; platform handlers go before the body's). */
  public PlatformHandler uri() {
    return rc -> {
      String problem = targetProblem(rc.request().uri());
      if (problem != null) {
        rc.fail(ApiProblem.badRequest("invalid-encoding", problem));
        return;
      }
      rc.next();
    };
  }

  /** The media type's check (a root handler after the access check, which names the operation). */
  public PlatformHandler mediaType() {
    return rc -> {
      String operation = RequestLog.operation(rc);
      Set<String> declared = operation == null ? null : bodyTypes.get(operation);
      if (declared != null && hasBody(rc)) {
        String type = baseType(rc.request().getHeader("Content-Type"));
        if (type == null || !declared.contains(type)) {
          rc.fail(ApiProblem.of(415, "unsupported-media-type", "Unsupported Media Type",
            "This operation takes a body as " + String.join(" or ", new TreeSet<>(declared)) + ", not "
              + (type == null ? "a body without Content-Type" : type) + "."));
          return;
        }
      }
      rc.next();
    };
  }

  /** The body's check (a root handler after the BodyHandler). */
  public Handler<RoutingContext> body() {
    return rc -> {
      Buffer body = rc.body() == null ? null : rc.body().buffer();
      String type = baseType(rc.request().getHeader("Content-Type"));
      if (body != null && body.length() > 0 && textual(type) && !utf8(body.getBytes())) {
        rc.fail(ApiProblem.badRequest("invalid-encoding", "The request body is not valid UTF-8."));
        return;
      }
      rc.next();
    };
  }

  /** Why a request target is refused, or null: a byte outside ASCII, or percent-escapes that are not UTF-8. */
  static String targetProblem(String uri) {
    if (uri == null) {
      return null;
    }
    boolean escapes = false;
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c <= 0x20 || c >= 0x7F) {
        return "The request target has a byte outside ASCII; percent-encode it as UTF-8 (RFC 3986).";
      }
      escapes |= c == '%';
    }
    if (!escapes) {
      return null;
    }
    byte[] bytes = new byte[uri.length()];
    int n = 0;
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      if (c == '%' && i + 2 < uri.length() && hex(uri.charAt(i + 1)) >= 0 && hex(uri.charAt(i + 2)) >= 0) {
        bytes[n++] = (byte) (hex(uri.charAt(i + 1)) * 16 + hex(uri.charAt(i + 2)));
        i += 2;
      } else {
        bytes[n++] = (byte) c;
      }
    }
    return utf8(java.util.Arrays.copyOf(bytes, n)) ? null
      : "The request target's percent-escapes are not UTF-8.";
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  static boolean utf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasBody(RoutingContext rc) {
    String length = rc.request().getHeader("Content-Length");
    return length != null ? !length.trim().equals("0") : rc.request().headers().contains("Transfer-Encoding");
  }

  private static String baseType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  private static boolean textual(String type) {
    return type != null && (type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json")
      || type.equals("application/sparql-query") || type.equals("application/x-www-form-urlencoded"));
  }
}

package vn.gov.moha.opendata.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.NoSuchKeyIdException;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.nio.charset.StandardCharsets;
import java.security.SignatureException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moha.opendata.platform.http.ApiProblem;

/**
 * Verifies OpenID Connect bearer JWTs with vertx-auth-jwt: signature against the issuer's JWKS (fetched from
 * OIDC_JWKS_URL or discovered from OIDC_ISSUER, refreshed periodically and at once when a token names an unknown
 * key id, so key rotation needs no restart), issuer, audience, expiry with a clock-skew leeway; `alg: none` and
 * unsigned tokens are refused by the library. Or, when no issuer is configured, trusts only the
 * {@link LocalIssuer}'s key. Turns the claims into a {@link Principal}.
 */
public final class TokenVerifier {
  private static final Logger LOG = LoggerFactory.getLogger(TokenVerifier.class);
  private static final long MIN_REFETCH_MS = 1_000;
  private static final long REFRESH_MS = 15 * 60_000;

  /** How tokens are checked and read. */
  public record Settings(String issuer, String jwksUrl, String audience, String rolesClaim, String unitClaim,
                         int clockSkewSeconds) {
  }

  private final Vertx vertx;
  private final Settings settings;
  private final HttpClientAgent http;
  private final AtomicReference<JWTAuth> auth = new AtomicReference<>();
  private volatile long lastFetch;
  private volatile Future<Void> fetching;
  private Future<Void> scheduled;
  /** Key ids that were not in a freshly fetched JWKS: tokens naming them do not trigger another fetch for a while. */
  private final Cache<String, Boolean> unknownKids = Caffeine.newBuilder()
    .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).build();

  private TokenVerifier(Vertx vertx, Settings settings, HttpClientAgent http) {
    this.vertx = vertx;
    this.settings = settings;
    this.http = http;
  }

  /** Trusts the local development issuer's key only. */
  public static TokenVerifier local(Vertx vertx, LocalIssuer issuer, Settings settings) {
    TokenVerifier v = new TokenVerifier(vertx, settings, null);
    v.auth.set(JWTAuth.create(vertx, issuer.verifyOptions().setJWTOptions(v.jwtOptions())));
    return v;
  }

  /**
   * Trusts the configured issuer's JWKS. Starts even when the issuer is unreachable (open data keeps being served;
   * tokens get 503 until the keys can be fetched).
   */
  public static Future<TokenVerifier> external(Vertx vertx, Settings settings) {
    HttpClientAgent http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5000)
      .setIdleTimeout(30).setKeepAlive(true));
    TokenVerifier v = new TokenVerifier(vertx, settings, http);
    vertx.setPeriodic(REFRESH_MS, REFRESH_MS, id -> v.refresh());
    return v.refresh()
      .recover(e -> {
        LOG.error("cannot fetch the signing keys of {} ({}); bearer tokens are refused until they can be fetched",
          settings.issuer(), e.getMessage());
        return Future.succeededFuture();
      })
      .map(v);
  }

  /** Verifies a token; fails with a 401 problem (or 503 when the issuer's keys are unavailable). */
  public Future<Principal> verify(String token) {
    return authenticate(token, true);
  }

  private Future<Principal> authenticate(String token, boolean mayRefetch) {
    JWTAuth current = auth.get();
    if (current == null) {
      return refreshSoon().transform(ar -> auth.get() == null
        ? Future.failedFuture(ApiProblem.of(503, "issuer-unavailable", "Service Unavailable",
          "The identity provider's signing keys cannot be fetched; try again shortly."))
        : authenticate(token, false));
    }
    return current.authenticate(new TokenCredentials(token))
      .transform(ar -> {
        if (ar.succeeded()) {
          return toPrincipal(ar.result().attributes().getJsonObject("accessToken"));
        }
        String kid = ar.cause() instanceof NoSuchKeyIdException ? kid(token) : null;
        if (kid != null && mayRefetch && http != null && unknownKids.getIfPresent(kid) == null) {
          // a key id we have not seen: the issuer may have rotated its keys
          return refreshSoon().transform(r -> authenticate(token, false).onFailure(e -> {
            if (e instanceof ApiProblem p && p.getMessage().contains("no signing key")) {
              unknownKids.put(kid, Boolean.TRUE);
            }
          }));
        }
        return Future.failedFuture(invalid(reason(ar.cause())));
      });
  }

  private Future<Principal> toPrincipal(JsonObject claims) {
    if (!(claims.getValue("exp") instanceof Number)) {
      return Future.failedFuture(invalid("the token has no expiry (exp)"));
    }
    String sub = claims.getString("sub");
    if (sub == null || sub.isBlank()) {
      return Future.failedFuture(invalid("the token has no subject (sub)"));
    }
    Set<Role> roles = EnumSet.of(Role.PUBLIC, Role.DEVELOPER);
    for (String name : strings(claim(claims, settings.rolesClaim()))) {
      Role.fromWire(name).ifPresent(roles::add);
    }
    Object unit = claim(claims, settings.unitClaim());
    return Future.succeededFuture(new Principal(sub, roles, unit instanceof String s && !s.isBlank() ? s : null,
      "token", null));
  }

  /** A claim by dotted path, e.g. `realm_access.roles` (Keycloak). */
  private static Object claim(JsonObject claims, String path) {
    Object at = claims;
    for (String part : path.split("\\.")) {
      if (!(at instanceof JsonObject o)) {
        return null;
      }
      at = o.getValue(part);
    }
    return at;
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof JsonArray a) {
      a.forEach(x -> out.add(String.valueOf(x)));
    } else if (value instanceof String s) {
      out.addAll(List.of(s.trim().split("\\s+")));
    }
    return out;
  }

  private static String reason(Throwable e) {
    String m = e == null || e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof NoSuchKeyIdException) {
      return "no signing key of the issuer matches the token";
    }
    if (e instanceof SignatureException) {
      return "the signature does not verify";
    }
    if (m.contains("\"none\"")) {
      return "unsigned tokens (alg none) are not accepted";
    }
    if (m.contains("expired")) {
      return "the token has expired";
    }
    if (m.contains("audience")) {
      return "the token is not meant for this API (audience)";
    }
    if (m.contains("issuer")) {
      return "the token comes from an issuer this server does not trust";
    }
    if (m.contains("not signed") || m.contains("Signature is required")) {
      return "the token is not signed";
    }
    return "the token is malformed";
  }

  static ApiProblem invalid(String why) {
    return ApiProblem.of(401, "invalid-token", "Unauthorized", "The bearer token was refused: " + why + ".");
  }

  private JWTOptions jwtOptions() {
    return new JWTOptions().setIssuer(settings.issuer()).addAudience(settings.audience())
      .setLeeway(settings.clockSkewSeconds());
  }

  /** The `kid` of a token's header, or null. */
  private static String kid(String token) {
    int dot = token.indexOf('.');
    try {
      return new JsonObject(new String(Base64.getUrlDecoder().decode(token.substring(0, Math.max(dot, 0))),
        StandardCharsets.UTF_8)).getString("kid");
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Refetches the keys: at once, or, when the last fetch was under a second ago, a second after it; concurrent
   * callers share one fetch, so the identity provider sees at most one request a second however many tokens arrive.
   */
  private synchronized Future<Void> refreshSoon() {
    if (fetching != null && !fetching.isComplete()) {
      return fetching;
    }
    long wait = lastFetch + MIN_REFETCH_MS - System.currentTimeMillis();
    if (wait <= 0) {
      return refresh();
    }
    if (scheduled == null) {
      Promise<Void> later = Promise.promise();
      scheduled = later.future();
      vertx.setTimer(wait, t -> {
        synchronized (this) {
          scheduled = null;
        }
        refresh().onComplete(later);
      });
    }
    return scheduled;
  }

  private synchronized Future<Void> refresh() {
    if (fetching != null && !fetching.isComplete()) {
      return fetching;
    }
    lastFetch = System.currentTimeMillis();
    Promise<Void> done = Promise.promise();
    fetching = done.future();
    jwksUrl()
      .compose(this::getJson)
      .onSuccess(jwks -> {
        JWTAuthOptions options = new JWTAuthOptions().setJWTOptions(jwtOptions());
        int n = 0;
        for (Object k : jwks.getJsonArray("keys", new JsonArray())) {
          if (k instanceof JsonObject key && !"enc".equals(key.getString("use"))) {
            options.addJwk(key);
            n++;
          }
        }
        if (n == 0) {
          done.fail("the JWKS has no signing key");
          return;
        }
        auth.set(JWTAuth.create(vertx, options));
        LOG.info("signing keys of {}: {} loaded", settings.issuer(), n);
        done.complete();
      })
      .onFailure(done::fail);
    return fetching;
  }

  private Future<String> jwksUrl() {
    if (settings.jwksUrl() != null) {
      return Future.succeededFuture(settings.jwksUrl());
    }
    String discovery = settings.issuer().replaceAll("/+$", "") + "/.well-known/openid-configuration";
    return getJson(discovery).compose(doc -> {
      String uri = doc.getString("jwks_uri");
      return uri == null ? Future.failedFuture(discovery + " has no jwks_uri") : Future.succeededFuture(uri);
    });
  }

  private Future<JsonObject> getJson(String url) {
    return http.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url).setTimeout(10_000))
      .compose(req -> req.putHeader("Accept", "application/json").send())
      .compose(res -> res.statusCode() == 200
        ? res.body().map(b -> b.toJsonObject())
        : Future.failedFuture(url + " answered " + res.statusCode()));
  }
}

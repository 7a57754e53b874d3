package vn.gov.moha.opendata.platform.security;

/** The process-wide security state every event loop shares: token verification, key cache, rate-limit buckets. */
public record SecurityServices(TokenVerifier tokens, ApiKeys apiKeys, RateLimiter rateLimiter) {
}

package vn.gov.moha.opendata.platform.security;

import java.util.Optional;

/** The roles an operation can require (the contract's `x-roles`) and a caller can hold. */
public enum Role {
  /** Anyone, signed in or not. */
  PUBLIC,
  /** A developer calling with an API key, or any signed-in user. */
  DEVELOPER,
  /** Edits the restricted data of their own organisational unit (the token's unit claim). */
  OFFICER,
  /** Appraises dossiers and scores across units. */
  REVIEWER,
  /** Runs the platform: every dataset, every unit. */
  ADMIN,
  /** Reads the audit log. */
  AUDITOR;

  /** The name used in the contract and in tokens: lower case. */
  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<Role> fromWire(String s) {
    for (Role r : values()) {
      if (r.wire().equals(s)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}

-- Several server instances on one database (behind a load balancer): idempotent creates, the live instances'
-- heartbeats, and the shared counters of the write limits.

-- Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): one row per caller and key, inserted in the SAME
-- transaction as the record the request created, with the answer the caller got, so that a retry gets that answer
-- again and creates nothing. The key itself is not kept (only a SHA-256 of caller and key), and the answer is
-- sealed (AES-GCM) with a key derived from the Idempotency-Key: answers carry tracking secrets and personal data
-- that the database otherwise keeps only hashed or under access control. Rows older than a day are deleted.
CREATE TABLE platform.idempotency_key (
  caller       text NOT NULL,                 -- 'sub:<subject>' for signed-in callers, 'ip:<address>' for anonymous
  key_hash     bytea NOT NULL,                -- SHA-256 of caller and key
  fingerprint  bytea NOT NULL,                -- HMAC of method, path and body under the key
  operation    text NOT NULL,                 -- the contract's operationId, for operators
  status       int,                           -- the answer's status; set in the same transaction
  response     bytea,                         -- the sealed answer (status, headers, body)
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (caller, key_hash)
);
CREATE INDEX idempotency_key_created_idx ON platform.idempotency_key (created_at);

-- One row per running server instance, refreshed every few seconds: the live ones of a group (seen in the last 15 s)
-- share the per-process rate limits (each enforces limit / N), and operators see who runs and who leads.
CREATE TABLE platform.instance (
  id          text PRIMARY KEY,               -- host:port:pid
  grp         text NOT NULL DEFAULT 'default', -- INSTANCE_GROUP: the instances behind one load balancer
  started_at  timestamptz NOT NULL DEFAULT now(),
  last_seen   timestamptz NOT NULL DEFAULT now(),
  relay       boolean NOT NULL DEFAULT false  -- holds the national portal push lock
);

-- Shared write limits (citizens' submissions), one row per caller key: GCRA's theoretical arrival time, advanced
-- by one emission interval per accepted request in one atomic statement. Rows idle for an hour are deleted.
CREATE TABLE platform.rate_limit (
  key  text PRIMARY KEY,
  tat  timestamptz NOT NULL
);

# syntax=docker/dockerfile:1
# moha-opendata — container image.
#
#   docker build -t moha-opendata .
#   docker run --init -p 8080:8080 -v moha-data:/app/var --shm-size=256m --stop-timeout=60 \
#     -e PUBLIC_BASE_URI=https://data.example.gov.vn moha-opendata
#
# Configured by the same environment variables as `java -jar` (src/main/java/.../app/AppConfig.java):
# HTTP_HOST, HTTP_PORT, DATABASE_URL, DB_POOL_SIZE, PUBLIC_BASE_URI, DATA_DIR, SEED_SIZE, ADMIN_TOKEN,
# HTTP_INSTANCES, BODY_LIMIT_BYTES, LOG_HTTP_LEVEL.
# Without DATABASE_URL the server runs its embedded PostgreSQL 17 under DATA_DIR=/app/var (a volume):
#  * PostgreSQL refuses to run as root, hence the non-root user below;
#  * the bundled PostgreSQL binaries are linux/amd64 only: on other platforms set DATABASE_URL;
#  * give it room in /dev/shm (--shm-size, parallel queries) and time to stop cleanly (--stop-timeout);
#  * --init reaps the PostgreSQL processes the JVM (PID 1) starts;
#  * the writers' token is generated into /app/var/admin-token unless ADMIN_TOKEN is set.

# ---- build ----------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# the build reads the contract (openapi/), the RDF vocabularies (rdf/) and the Java client options
# (api/java-client.yaml: the generated client is compiled with the tests, even when they are skipped)
COPY pom.xml ./
COPY openapi ./openapi
COPY rdf ./rdf
COPY api/java-client.yaml ./api/java-client.yaml
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package \
 && cp target/moha-opendata.jar /moha-opendata.jar

# ---- runtime --------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# curl for the HEALTHCHECK
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app \
 && mkdir -p /app/var \
 && chown -R app:app /app
WORKDIR /app
COPY --from=build --chown=root:root /moha-opendata.jar /app/moha-opendata.jar

ENV DATA_DIR=/app/var \
    HTTP_HOST=0.0.0.0 \
    HTTP_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError"
# (50 %: the embedded PostgreSQL shares the container's memory limit with the JVM)

USER 10001:10001
VOLUME /app/var
EXPOSE 8080
# the first start initialises the database and loads SEED_SIZE demo documents before it listens
HEALTHCHECK --interval=15s --timeout=5s --start-period=300s --retries=3 \
  CMD curl -fsS -o /dev/null "http://localhost:${HTTP_PORT:-8080}/health/ready" || exit 1
ENTRYPOINT ["java", "-jar", "/app/moha-opendata.jar"]

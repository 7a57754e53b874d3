#!/usr/bin/env bash
# Generates the client SDKs from the contract openapi/openapi.yaml with OpenAPI Generator, run through its
# Maven plugin from the command line (same generator version as the build):
#
#   api/generate-sdks.sh                  # Java + TypeScript into api/build/java and api/build/typescript
#   api/generate-sdks.sh typescript       # only one of them (java | typescript)
#   api/generate-sdks.sh --check          # then also compile both (mvn package / npm install + tsc)
#
# Options of each SDK: api/java-client.yaml (the same file the build uses for the client of the integration
# tests) and api/typescript-client.yaml. api/build/ is not committed (api/.gitignore).
set -euo pipefail
API_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$API_DIR")
OUT=${SDK_OUT:-$API_DIR/build}
SPEC=$ROOT/openapi/openapi.yaml
# the generator version pinned in pom.xml (openapi-generator-maven-plugin), 7.25.0 if not found
VERSION=$(sed -n '/<artifactId>openapi-generator-maven-plugin<\/artifactId>/{s/.*<version>\([^<]*\)<\/version>.*/\1/p;q}' "$ROOT/pom.xml")
VERSION=${VERSION:-7.25.0}
PROJECT_VERSION=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)
PROJECT_VERSION=${PROJECT_VERSION:-0.1.0-SNAPSHOT}

CHECK=0
TARGETS=()
for a in "$@"; do
  case $a in
    java | typescript) TARGETS+=("$a") ;;
    --check) CHECK=1 ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument '$a' (java | typescript | --check)" >&2; exit 2 ;;
  esac
done
((${#TARGETS[@]})) || TARGETS=(java typescript)

# generate <generator> <config file> <output dir> [extra -D…]
# The plugin needs a project (it reads none of it): we run it against pom.xml, non-recursively.
# Offline first (uses ~/.m2 as the build filled it), then online.
generate() {
  local gen=$1 cfg=$2 out=$3; shift 3
  rm -rf "$out"
  local args=(-B -q -N -f "$ROOT/pom.xml" "org.openapitools:openapi-generator-maven-plugin:$VERSION:generate"
    "-Dopenapi.generator.maven.plugin.inputSpec=$SPEC"
    "-Dopenapi.generator.maven.plugin.generatorName=$gen"
    "-Dopenapi.generator.maven.plugin.configurationFile=$cfg"
    "-Dopenapi.generator.maven.plugin.output=$out" "$@")
  echo "generating $gen SDK into ${out#"$ROOT"/} (OpenAPI Generator $VERSION)"
  mvn -o "${args[@]}" >/dev/null 2>&1 || mvn "${args[@]}"
  echo "  $(find "$out" -type f | wc -l) files"
}

for t in "${TARGETS[@]}"; do
  case $t in
    java)
      # as in pom.xml (library native: java.net.http, Jackson), plus Maven coordinates for publishing
      generate java "$API_DIR/java-client.yaml" "$OUT/java" \
        -Dopenapi.generator.maven.plugin.library=native \
        -Dopenapi.generator.maven.plugin.generateApiTests=false \
        -Dopenapi.generator.maven.plugin.generateModelTests=false \
        "-Dopenapi.generator.maven.plugin.additionalProperties=groupId=vn.gov.moha,artifactId=moha-opendata-client,artifactVersion=$PROJECT_VERSION"
      if ((CHECK)); then
        echo "  compiling (mvn package)"
        (cd "$OUT/java" && { mvn -B -q -o -DskipTests package >/dev/null 2>&1 || mvn -B -q -DskipTests package; })
        ls "$OUT"/java/target/*.jar
      fi
      ;;
    typescript)
      generate typescript-fetch "$API_DIR/typescript-client.yaml" "$OUT/typescript"
      if ((CHECK)); then
        echo "  compiling (npm install: typescript; npm run build)"
        (cd "$OUT/typescript" && npm install --no-audit --no-fund --silent && npm run --silent build)
        ls "$OUT/typescript/dist/index.js" "$OUT/typescript/dist/index.d.ts"
      fi
      ;;
  esac
done

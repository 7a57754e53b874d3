package vn.gov.moha.opendata.opendata;

/**
 * The formats every open dataset is downloadable in ({@code /downloads/{dataset}.{extension}}): what the catalogue
 * lists as distributions (with the EU file-type code DCAT-AP asks for, where the EU table has one) and what the
 * download handler writes.
 */
public enum DownloadFormat {
  CSV("csv", "text/csv", "CSV", "CSV", false),
  JSON("json", "application/json", "JSON", "JSON", false),
  NDJSON("ndjson", "application/x-ndjson", "NDJSON", null, false),
  NT("nt", "application/n-triples", "N-Triples", "RDF_N_TRIPLES", true),
  TTL("ttl", "text/turtle", "Turtle", "RDF_TURTLE", true);

  private final String extension;
  private final String mediaType;
  private final String label;
  private final String euFileType;
  private final boolean rdf;

  DownloadFormat(String extension, String mediaType, String label, String euFileType, boolean rdf) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.label = label;
    this.euFileType = euFileType;
    this.rdf = rdf;
  }

  /** The file extension, also the format's name in URLs and counts ({@code csv}). */
  public String extension() {
    return extension;
  }

  /** The IANA media type, without parameters. */
  public String mediaType() {
    return mediaType;
  }

  /** The name people know the format by ({@code N-Triples}). */
  public String label() {
    return label;
  }

  /**
   * The code in http://publications.europa.eu/resource/authority/file-type/ (for {@code dct:format}), or null when
   * that table has none.
   */
  public String euFileType() {
    return euFileType;
  }

  /** Whether the format is RDF (only datasets published as linked data have it). */
  public boolean rdf() {
    return rdf;
  }

  /** The format of a file extension, or null. */
  public static DownloadFormat of(String extension) {
    for (DownloadFormat f : values()) {
      if (f.extension.equals(extension)) {
        return f;
      }
    }
    return null;
  }
}

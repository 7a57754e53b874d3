package vn.gov.moha.opendata.platform.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.gov.moha.opendata.platform.http.PageAssets;

/**
 * The HTML query page of /sparql: a form, and the example queries of {@code rdf/queries/*.rq} on the classpath (each
 * file opens with two {@code # title:} lines, Vietnamese then English). Built once; every interpolated text is
 * escaped; UTF-8; no script, no external asset.
 */
public final class SparqlPage {
  public static final String EXAMPLES = "rdf/queries";
  /** The policy of our HTML pages: the shared stylesheet, forms to this server, nothing else. */
  static final String CSP = vn.gov.moha.opendata.platform.http.SecurityHeaders.HTML_CSP;

  /** One example query: file name, titles, text. */
  public record Example(String name, String titleVi, String titleEn, String text) {
  }

  private final List<Example> examples;
  private final String html;

  public SparqlPage(List<Example> examples) {
    this.examples = List.copyOf(examples);
    this.html = render(this.examples);
  }

  /** Reads the examples from the classpath (blocking: at boot). */
  public static SparqlPage load() {
    return new SparqlPage(readExamples());
  }

  public List<Example> examples() {
    return examples;
  }

  public String html() {
    return html;
  }

  static List<Example> readExamples() {
    URL url = SparqlPage.class.getClassLoader().getResource(EXAMPLES);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return read(fs.getPath(EXAMPLES));
        } catch (FileSystemAlreadyExistsException e) {
          return read(FileSystems.getFileSystem(uri).getPath(EXAMPLES));
        }
      }
      return read(Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Example> read(Path dir) throws IOException {
    List<Example> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(p)) {
          out.add(parse(p.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }

  static Example parse(String name, String text) {
    List<String> titles = text.lines().filter(l -> l.startsWith("# title:"))
      .map(l -> l.substring("# title:".length()).trim()).toList();
    String vi = titles.isEmpty() ? name : titles.get(0);
    String en = titles.size() > 1 ? titles.get(1) : vi;
    return new Example(name.replaceFirst("\\.rq$", ""), vi, en, text);
  }

  private static String render(List<Example> examples) {
    StringBuilder sb = new StringBuilder("""
      <!doctype html>
      <html lang="vi"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>SPARQL — Dữ liệu mở Bộ Nội vụ</title>
      <link rel="stylesheet" href="%s">
      <link rel="icon" type="image/svg+xml" href="%s">
      </head><body>
      <a class="skip" href="#main">Bỏ qua, đến nội dung chính</a>
      <header class="site"><div class="bar">
      <a class="brand" href="/"><img src="%s" alt="" width="32" height="32"><span>Dữ liệu mở Bộ Nội vụ</span></a>
      <nav aria-label="Điều hướng chính"><ul><li><a href="/datasets">Bộ dữ liệu</a></li>
      <li><a href="/docs">Tài liệu API</a></li><li><a href="/sparql" aria-current="page">SPARQL</a></li>
      <li><a href="/.well-known/void">VoID</a></li></ul></nav>
      </div></header>
      <main id="main">
      <h1>SPARQL — Dữ liệu mở Bộ Nội vụ <small lang="en">(open linked data of the Ministry of Home Affairs)</small></h1>
      <p>Truy vấn chỉ đọc trên dữ liệu đã công bố; đồ thị mặc định là hợp của mọi bản ghi.
      <i lang="en">Read-only SPARQL 1.1 queries over the published data; the default graph is the union of every
      record.</i></p>
      <form method="get" action="/sparql">
      <p><label for="query">Truy vấn <span lang="en">/ query</span></label></p>
      <textarea id="query" name="query" rows="14">""".formatted(PageAssets.href("portal.css"),
      PageAssets.href("logo.svg"), PageAssets.href("logo.svg")));
    sb.append(escape(examples.isEmpty() ? "SELECT * WHERE { ?s ?p ?o } LIMIT 10" : examples.get(0).text()));
    sb.append("""
      </textarea>
      <p><label>Định dạng <span lang="en">/ format</span> <select name="format">""");
    for (ResultFormat f : ResultFormat.values()) {
      sb.append("<option value=\"").append(escape(f.shortName())).append("\">").append(escape(f.shortName()))
        .append(" — ").append(escape(f.contentType().split(";")[0])).append("</option>");
    }
    sb.append("""
      </select></label>
      <button type="submit">Chạy <span lang="en">/ Run</span></button></p>
      </form>
      <h2>Ví dụ <span lang="en">/ Examples</span></h2>
      """);
    for (Example e : examples) {
      String run = "/sparql?query=" + URLEncoder.encode(e.text(), StandardCharsets.UTF_8);
      sb.append("<section id=\"").append(escape(e.name())).append("\"><h3>").append(escape(e.titleVi()))
        .append(" <small lang=\"en\">").append(escape(e.titleEn())).append("</small></h3>\n<pre>")
        .append(escape(e.text())).append("</pre>\n<p><a href=\"").append(escape(run))
        .append("\">Chạy <span lang=\"en\">/ Run</span></a></p></section>\n");
    }
    return sb.append("</main></body></html>\n").toString();
  }

  /** HTML text and attribute escaping. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}

package vn.gov.moha.opendata.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: sends exactly the bytes it is given (a request line with
 * raw non-ASCII bytes, a body that is not UTF-8, a header of 20 KiB), which java.net.http refuses to build. The body
 * is written by a thread of its own while the answer is read, so that a server refusing a large body early (413) is
 * heard. Every call is bounded by a timeout: a hang is an answer too ({@link Res#status()} 0, {@code timedOut}).
 */
public final class RawHttp {
  private final String host;
  private final int port;

  public RawHttp(String base) {
    java.net.URI u = java.net.URI.create(base);
    this.host = u.getHost();
    this.port = u.getPort();
  }

  /** An answer: status (0 when none came), lower-cased headers, body, wall time from connect to the last byte. */
  public record Res(int status, Map<String, String> headers, byte[] body, long millis, boolean timedOut,
                    String error) {
    public String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * Sends {@code method target} with the headers (name, value pairs; Host, Connection: close and Content-Length are
   * added) and the body (may be null), waiting at most {@code timeoutMs} for the whole answer.
   */
  public Res send(String method, byte[] target, byte[] body, int timeoutMs, String... headers) {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    head.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
    head.writeBytes(target);
    StringBuilder h = new StringBuilder(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
      .append("\r\nConnection: close\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      h.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    if (body != null) {
      h.append("Content-Length: ").append(body.length).append("\r\n");
    }
    h.append("\r\n");
    head.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
    long t0 = System.nanoTime();
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), timeoutMs);
      s.setSoTimeout(timeoutMs);
      OutputStream out = s.getOutputStream();
      out.write(head.toByteArray());
      Thread writer = null;
      if (body != null) {
        writer = new Thread(() -> {
          try {
            out.write(body);
            out.flush();
          } catch (IOException e) {
            // the server answered and closed before reading it all (413): the answer is what counts
          }
        }, "raw-http-body");
        writer.setDaemon(true);
        writer.start();
      }
      Res res = read(s.getInputStream(), t0, timeoutMs);
      if (writer != null) {
        writer.join(timeoutMs);
      }
      return res;
    } catch (SocketTimeoutException e) {
      return new Res(0, Map.of(), new byte[0], (System.nanoTime() - t0) / 1_000_000, true, "timed out");
    } catch (IOException e) {
      return new Res(0, Map.of(), new byte[0], (System.nanoTime() - t0) / 1_000_000, false, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Res read(InputStream in, long t0, int timeoutMs) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int headEnd = -1;
    long deadline = t0 + timeoutMs * 1_000_000L;
    while (headEnd < 0) {
      int n = in.read(buf);
      if (n < 0) {
        break;
      }
      all.write(buf, 0, n);
      headEnd = indexOf(all.toByteArray(), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      if (System.nanoTime() > deadline) {
        throw new SocketTimeoutException("slow head");
      }
    }
    byte[] bytes = all.toByteArray();
    if (headEnd < 0) {
      return new Res(0, Map.of(), bytes, (System.nanoTime() - t0) / 1_000_000, false, "no complete head");
    }
    String[] lines = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int c = lines[i].indexOf(':');
      if (c > 0) {
        headers.put(lines[i].substring(0, c).trim().toLowerCase(Locale.ROOT), lines[i].substring(c + 1).trim());
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(bytes, headEnd + 4, bytes.length - headEnd - 4);
    long length = headers.containsKey("content-length") ? Long.parseLong(headers.get("content-length")) : -1;
    while (length < 0 || body.size() < length) {
      int n = in.read(buf);
      if (n < 0) {
        break;
      }
      body.write(buf, 0, n);
      if (System.nanoTime() > deadline) {
        throw new SocketTimeoutException("slow body");
      }
    }
    byte[] b = body.toByteArray();
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      b = unchunk(b);
    }
    return new Res(status, headers, b, (System.nanoTime() - t0) / 1_000_000, false, null);
  }

  private static byte[] unchunk(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < b.length) {
      int eol = indexOf(b, i, "\r\n".getBytes(StandardCharsets.US_ASCII));
      if (eol < 0) {
        break;
      }
      String size = new String(b, i, eol - i, StandardCharsets.US_ASCII).split(";")[0].trim();
      int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
      if (n == 0) {
        break;
      }
      out.write(b, eol + 2, Math.min(n, b.length - eol - 2));
      i = eol + 2 + n + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    return indexOf(hay, 0, needle);
  }

  private static int indexOf(byte[] hay, int from, byte[] needle) {
    outer:
    for (int i = from; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

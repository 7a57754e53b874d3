package vn.gov.moha.opendata.opendata.downloads;

import io.vertx.core.buffer.Buffer;
import java.io.OutputStream;

/** An OutputStream whose bytes are taken after each batch (the writers' own buffers keep at most a few KB). */
final class Chunks extends OutputStream {
  private Buffer current = Buffer.buffer(64 * 1024);

  @Override
  public void write(int b) {
    current.appendByte((byte) b);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    current.appendBytes(b, off, len);
  }

  /** The bytes written since the last take. */
  Buffer take() {
    Buffer out = current;
    current = Buffer.buffer(64 * 1024);
    return out;
  }
}

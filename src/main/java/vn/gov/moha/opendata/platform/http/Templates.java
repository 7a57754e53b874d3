package vn.gov.moha.opendata.platform.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.templ.thymeleaf.ThymeleafTemplateEngine;
import java.util.Map;
import vn.gov.moha.opendata.platform.work.Workers;

/**
 * The HTML templates (Thymeleaf), rendered on the "templates" worker pool: Vert.x's Thymeleaf engine renders on the
 * calling thread, and a page of the portal takes milliseconds to tens of milliseconds of CPU, during which every
 * request of that event loop would wait. The answer comes back on the caller's context.
 */
public final class Templates {
  private final ThymeleafTemplateEngine engine;
  private final WorkerExecutor workers;

  public Templates(Vertx vertx) {
    this.engine = ThymeleafTemplateEngine.create(vertx);
    this.workers = Workers.templates(vertx);
  }

  /** Renders a template of the classpath (e.g. {@code templates/resource.html}) with the page's values. */
  public Future<Buffer> render(Map<String, Object> page, String template) {
    return workers.executeBlocking(() -> {
      // the engine answers with a completed future (it renders on this thread)
      Future<Buffer> html = engine.render(page, template);
      if (html.failed()) {
        throw html.cause() instanceof Exception e ? e : new IllegalStateException(html.cause());
      }
      return html.result();
    }, false);
  }
}

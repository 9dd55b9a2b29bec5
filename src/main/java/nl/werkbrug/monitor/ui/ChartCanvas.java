package nl.werkbrug.monitor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Chart.js chart (the UMD build from its WebJar, loaded by the view) on a canvas. The canvas has an
 * aria-label; the table of the same figures is its text alternative.
 */
class ChartCanvas extends Div {

    /** The UMD build in the WebJar on the class path, whichever version the build declares. */
    static final String SCRIPT = "webjars/chart.js/" + webJarVersion() + "/dist/chart.umd.min.js";

    /** Waits for the script, then draws, replacing an earlier chart on the same canvas. */
    private static final String DRAW = """
            const config = JSON.parse($0);
            const canvas = this;
            const draw = (tries) => {
              if (!window.Chart) {
                if (tries > 0) { setTimeout(() => draw(tries - 1), 100); }
                return;
              }
              if (canvas.$chart) { canvas.$chart.destroy(); }
              canvas.$chart = new window.Chart(canvas, config);
            };
            draw(100);""";

    @Tag("canvas")
    private static final class Canvas extends Component {
    }

    private final Canvas canvas = new Canvas();

    ChartCanvas(String id, String description) {
        addClassName("monitor-chart");
        canvas.setId(id);
        canvas.getElement().setAttribute("role", "img");
        canvas.getElement().setAttribute("aria-label", description);
        add(canvas);
    }

    private static String webJarVersion() {
        try (var in = ChartCanvas.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the Chart.js WebJar is not on the class path");
            }
            var properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void draw(Map<String, Object> config) {
        canvas.getElement().executeJs(DRAW, JsonMapper.shared().writeValueAsString(config));
    }
}

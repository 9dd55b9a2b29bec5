package nl.werkbrug.placement.ui;

import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.werkbrug.placement.Routes;

/** An interview as one line of text: when, and where. */
final class InterviewText {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private InterviewText() {
    }

    static String of(Component on, java.util.Locale locale, Routes.Step step) {
        if (step.interviewAt() == null) {
            return "";
        }
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZONE);
        String when = format.format(step.interviewAt());
        return step.interviewPlace() == null ? on.getTranslation("interview.at", when)
                : on.getTranslation("interview.atPlace", when, step.interviewPlace());
    }
}

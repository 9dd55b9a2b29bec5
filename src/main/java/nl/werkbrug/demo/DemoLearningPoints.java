package nl.werkbrug.demo;

import static nl.werkbrug.placement.LearningEffect.BLOCKED;
import static nl.werkbrug.placement.LearningEffect.HELPED;
import static nl.werkbrug.placement.LearningTag.BUDDY_OR_MENTOR;
import static nl.werkbrug.placement.LearningTag.CHILDCARE;
import static nl.werkbrug.placement.LearningTag.DIGITAL_SKILLS;
import static nl.werkbrug.placement.LearningTag.DIPLOMA_RECOGNITION;
import static nl.werkbrug.placement.LearningTag.EMPLOYER_ATTITUDE;
import static nl.werkbrug.placement.LearningTag.HOUSING;
import static nl.werkbrug.placement.LearningTag.LANGUAGE;
import static nl.werkbrug.placement.LearningTag.LANGUAGE_SUPPORT_AT_WORK;
import static nl.werkbrug.placement.LearningTag.NETWORK;
import static nl.werkbrug.placement.LearningTag.PERMIT;
import static nl.werkbrug.placement.LearningTag.SKILLS_MATCH;
import static nl.werkbrug.placement.LearningTag.TRAVEL;
import static nl.werkbrug.placement.LearningTag.WORK_AND_CLASS_DAYS;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkbrug.candidate.NewcomerGroup;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.organisation.LocationView;
import nl.werkbrug.organisation.OrganisationService;
import nl.werkbrug.placement.LearningEffect;
import nl.werkbrug.placement.LearningPoint;
import nl.werkbrug.placement.LearningPoints;
import nl.werkbrug.placement.LearningTag;
import nl.werkbrug.placement.RouteStage;

/**
 * 25 anonymous learning points of the past twelve months, most of them from status holders (Wi2021) at
 * azc Kamp van Zeist, so that the monitor has tags counted five times and more. Only when there are none.
 */
final class DemoLearningPoints {

    private record Demo(int monthsAgo, DemoPlaces.Place place, NewcomerGroup group, VacancyType kind,
                        RouteStage outcome, LearningEffect effect, Set<LearningTag> tags, String text) {
    }

    private static final DemoPlaces.Place KAMP = DemoPlaces.KAMP_VAN_ZEIST;
    private static final NewcomerGroup WI2021 = NewcomerGroup.STATUS_HOLDER_WI2021;

    private static final List<Demo> POINTS = List.of(
            kamp(0, VacancyType.JOB, RouteStage.INTERVIEW, HELPED, Set.of(LANGUAGE),
                    "Gesprek deels in het Engels, daarna Nederlands op de werkvloer."),
            kamp(1, VacancyType.DUAL_TRAJECTORY, RouteStage.STARTED, HELPED,
                    Set.of(WORK_AND_CLASS_DAYS, LANGUAGE_SUPPORT_AT_WORK),
                    "Werkgever plande de diensten rond de taallessen op dinsdag en donderdag."),
            kamp(1, VacancyType.JOB, RouteStage.STOPPED, BLOCKED, Set.of(TRAVEL),
                    "Eerste dienst begint om 6 uur; dan rijdt er nog geen bus vanaf het azc."),
            kamp(2, VacancyType.JOB, RouteStage.INTERVIEW, HELPED, Set.of(BUDDY_OR_MENTOR, LANGUAGE),
                    "Een buddy oefende het sollicitatiegesprek twee keer in eenvoudig Nederlands."),
            kamp(2, VacancyType.VOLUNTEER, RouteStage.STARTED, HELPED, Set.of(NETWORK, LANGUAGE),
                    "Bij de voedselbank elke dag Nederlands gesproken; daar ook de eerste contacten."),
            kamp(3, VacancyType.JOB, RouteStage.STOPPED, BLOCKED, Set.of(LANGUAGE),
                    "Veiligheidsinstructies alleen in het Nederlands; eerst naar A2."),
            kamp(3, VacancyType.DUAL_TRAJECTORY, RouteStage.TRIAL_OR_PLACEMENT, HELPED,
                    Set.of(BUDDY_OR_MENTOR, WORK_AND_CLASS_DAYS),
                    "Vaste collega als aanspreekpunt en een rooster dat past bij de lesdagen."),
            kamp(4, VacancyType.JOB, RouteStage.STOPPED, BLOCKED, Set.of(WORK_AND_CLASS_DAYS),
                    "Rooster wisselde elke week en botste met de taallessen."),
            kamp(4, VacancyType.INTERNSHIP, RouteStage.STARTED, HELPED, Set.of(TRAVEL),
                    "Fiets geregeld via de fietsenbank: de reis duurt nu twintig minuten in plaats van een uur."),
            kamp(5, VacancyType.JOB, RouteStage.STOPPED, BLOCKED, Set.of(TRAVEL, CHILDCARE),
                    "Geen opvang voor de kinderen voor acht uur en een lange busreis."),
            kamp(5, VacancyType.JOB, RouteStage.STARTED, HELPED, Set.of(LANGUAGE_SUPPORT_AT_WORK, EMPLOYER_ATTITUDE),
                    "Werkgever maakte een woordenlijst met plaatjes van het gereedschap."),
            kamp(6, VacancyType.DUAL_TRAJECTORY, RouteStage.STARTED, HELPED, Set.of(WORK_AND_CLASS_DAYS, BUDDY_OR_MENTOR),
                    "Taalcoach komt een keer per week mee op de werkvloer."),
            kamp(6, VacancyType.JOB, RouteStage.INTRODUCED, BLOCKED, Set.of(DIPLOMA_RECOGNITION, SKILLS_MATCH),
                    "Diploma werktuigbouwkunde nog niet gewaardeerd; de werkgever durfde het niet aan."),
            kamp(7, VacancyType.JOB, RouteStage.STOPPED, BLOCKED, Set.of(LANGUAGE, DIGITAL_SKILLS),
                    "Solliciteren kon alleen online en in het Nederlands."),
            kamp(7, VacancyType.VOLUNTEER, RouteStage.STARTED, HELPED, Set.of(BUDDY_OR_MENTOR, NETWORK),
                    "Een maatje van het taalcafe stelde voor aan de kringloopwinkel."),
            kamp(8, VacancyType.JOB, RouteStage.STOPPED, BLOCKED, Set.of(TRAVEL),
                    "Reiskosten naar Amersfoort niet vergoed in de proefperiode."),
            kamp(9, VacancyType.WORK_EXPERIENCE, RouteStage.STARTED, HELPED, Set.of(LANGUAGE, LANGUAGE_SUPPORT_AT_WORK),
                    "Korte werkinstructies op papier hielpen bij het leren van de vaktaal."),
            kamp(10, VacancyType.JOB, RouteStage.STOPPED, BLOCKED, Set.of(HOUSING, TRAVEL),
                    "Woning in een andere gemeente toegewezen; het werk was niet meer te bereiken."),
            kamp(10, VacancyType.DUAL_TRAJECTORY, RouteStage.ENDED, HELPED, Set.of(WORK_AND_CLASS_DAYS),
                    "Na het duale traject een contract van 24 uur per week."),
            kamp(11, VacancyType.JOB, RouteStage.STOPPED, BLOCKED, Set.of(EMPLOYER_ATTITUDE, LANGUAGE),
                    "Werkgever vroeg B1 voor magazijnwerk zonder klantcontact."),
            kamp(11, VacancyType.JOB, RouteStage.SHORTLISTED, HELPED, Set.of(BUDDY_OR_MENTOR),
                    "Mentor van de werkgever belde vooraf om kennis te maken."),
            new Demo(2, DemoPlaces.WALAARDT_SACRE, NewcomerGroup.ASYLUM_SEEKER, VacancyType.JOB, RouteStage.STOPPED,
                    BLOCKED, Set.of(PERMIT), "De TWV liet langer op zich wachten dan de werkgever kon wachten."),
            new Demo(6, DemoPlaces.WALAARDT_SACRE, NewcomerGroup.ASYLUM_SEEKER, VacancyType.VOLUNTEER,
                    RouteStage.STARTED, HELPED, Set.of(PERMIT, NETWORK),
                    "Vrijwilligersverklaring snel rond met hulp van de locatie."),
            new Demo(3, DemoPlaces.DIJNSELBURG, NewcomerGroup.UKRAINIAN, VacancyType.JOB, RouteStage.STARTED, HELPED,
                    Set.of(EMPLOYER_ATTITUDE), "Werkgever deed de melding bij UWV zelf en op tijd."),
            new Demo(8, DemoPlaces.DIJNSELBURG, NewcomerGroup.UKRAINIAN, VacancyType.JOB, RouteStage.STOPPED, BLOCKED,
                    Set.of(CHILDCARE), "Geen plek in de kinderopvang; alleen avonddiensten waren te doen."));

    private DemoLearningPoints() {
    }

    /** Records the demo points, unless there are learning points already or the demo places are missing. */
    static void createIfNone(OrganisationService organisations, LearningPoints learningPoints, Clock clock) {
        if (learningPoints.count() > 0) {
            return;
        }
        Map<String, UUID> places = organisations.locations().stream()
                .collect(Collectors.toMap(LocationView::name, l -> l.id().value(), (a, b) -> a));
        YearMonth now = YearMonth.now(clock);
        for (Demo demo : POINTS) {
            UUID location = places.get(demo.place().name());
            if (location != null) {
                learningPoints.addHistoric(new LearningPoint(UUID.randomUUID(), now.minusMonths(demo.monthsAgo()),
                        demo.effect(), demo.tags(), demo.text(), demo.kind(), demo.outcome(), demo.group(), location));
            }
        }
    }

    private static Demo kamp(int monthsAgo, VacancyType kind, RouteStage outcome, LearningEffect effect,
                             Set<LearningTag> tags, String text) {
        return new Demo(monthsAgo, KAMP, WI2021, kind, outcome, effect, tags, text);
    }
}

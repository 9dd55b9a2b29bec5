package nl.werkbrug.demo;

import static nl.werkbrug.employer.Commitment.BUDDY_OR_MENTOR;
import static nl.werkbrug.employer.Commitment.FLEXIBLE_HOURS_FOR_CLASSES;
import static nl.werkbrug.employer.Commitment.LANGUAGE_SUPPORT;
import static nl.werkbrug.employer.Commitment.OFFERS_DUAL_TRAJECTORIES;
import static nl.werkbrug.employer.Commitment.PUBLIC_TRANSPORT;
import static nl.werkbrug.employer.Commitment.STAFF_TRAINED;
import static nl.werkbrug.employer.Commitment.WILLING_TO_APPLY_TWV;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.werkbrug.employer.Commitment;
import nl.werkbrug.employer.EmployerNetwork;
import nl.werkbrug.employer.EmployerView;
import nl.werkbrug.employer.EventKind;
import nl.werkbrug.employer.NetworkEvents;
import nl.werkbrug.employer.NewNetworkEvent;
import nl.werkbrug.employer.ProfileChange;

/**
 * The demo employers' profiles in the network of inclusive employers (most of them listed), and
 * the coming job fair for speakers of other languages with a few of them signed up. Websites use
 * the reserved {@code .example} domain.
 */
final class DemoNetwork {

    record Profile(Set<Commitment> commitments, String description, boolean listed) {
    }

    /** One profile per demo employer, in the order of {@link DemoEmployers#ALL}. */
    static final List<Profile> PROFILES = List.of(
            new Profile(Set.of(LANGUAGE_SUPPORT, BUDDY_OR_MENTOR, FLEXIBLE_HOURS_FOR_CLASSES, STAFF_TRAINED,
                    OFFERS_DUAL_TRAJECTORIES, PUBLIC_TRANSPORT), "De gemeente gaat voor: werkplekken op het "
                    + "gemeentehuis, in de buitendienst en bij de bibliotheek, met een vaste begeleider.", true),
            new Profile(Set.of(LANGUAGE_SUPPORT, BUDDY_OR_MENTOR, WILLING_TO_APPLY_TWV, OFFERS_DUAL_TRAJECTORIES),
                    "Magazijn met vaste ploegen. Nieuwe collega's leren orderpicken en heftruckrijden naast een "
                    + "ervaren buddy; werkinstructies zijn er met pictogrammen.", true),
            new Profile(Set.of(BUDDY_OR_MENTOR, FLEXIBLE_HOURS_FOR_CLASSES, PUBLIC_TRANSPORT),
                    "Distributiecentrum aan de A12 met dag- en avonddiensten; het rooster houdt rekening met taalles.",
                    true),
            new Profile(Set.of(WILLING_TO_APPLY_TWV, STAFF_TRAINED),
                    "Transportbedrijf dat chauffeurs opleidt, van bijrijder tot groot rijbewijs.", true),
            new Profile(Set.of(LANGUAGE_SUPPORT, BUDDY_OR_MENTOR, STAFF_TRAINED, OFFERS_DUAL_TRAJECTORIES,
                    PUBLIC_TRANSPORT), "Woonzorg voor ouderen. Wie begint als helpende, leert de zorgtaal op de "
                    + "afdeling en kan doorgroeien via een leerwerktraject.", true),
            new Profile(Set.of(FLEXIBLE_HOURS_FOR_CLASSES, OFFERS_DUAL_TRAJECTORIES),
                    "Thuiszorg in de wijk; korte diensten die goed te combineren zijn met lessen.", true),
            new Profile(Set.of(LANGUAGE_SUPPORT, STAFF_TRAINED, PUBLIC_TRANSPORT),
                    "Kinderopvang met meertalige groepen; Nederlands leer je hier ook van de kinderen.", true),
            new Profile(Set.of(BUDDY_OR_MENTOR, FLEXIBLE_HOURS_FOR_CLASSES, WILLING_TO_APPLY_TWV, PUBLIC_TRANSPORT),
                    "Brasserie in het centrum. In de keuken begin je zonder Nederlands; in de bediening leer je het.",
                    true),
            new Profile(Set.of(LANGUAGE_SUPPORT, FLEXIBLE_HOURS_FOR_CLASSES, OFFERS_DUAL_TRAJECTORIES),
                    "Hotel in het bos met werk in de huishouding, keuken en techniek.", true),
            new Profile(Set.of(BUDDY_OR_MENTOR, FLEXIBLE_HOURS_FOR_CLASSES, PUBLIC_TRANSPORT),
                    "Buurtsupermarkt; vakkenvullen en kassa, ook voor een paar uur per week.", true),
            new Profile(Set.of(BUDDY_OR_MENTOR, WILLING_TO_APPLY_TWV, OFFERS_DUAL_TRAJECTORIES),
                    "Bouwbedrijf met een eigen leerlingenstelsel voor timmerlieden en metselaars.", true),
            new Profile(Set.of(LANGUAGE_SUPPORT, BUDDY_OR_MENTOR, OFFERS_DUAL_TRAJECTORIES),
                    "Installateur die monteurs opleidt; vakmensen uit het buitenland krijgen hulp bij het "
                    + "erkennen van hun diploma.", true),
            new Profile(Set.of(WILLING_TO_APPLY_TWV, STAFF_TRAINED),
                    "Metaalbewerking en lassen; ervaren lassers zijn hard nodig.", true),
            new Profile(Set.of(BUDDY_OR_MENTOR, PUBLIC_TRANSPORT),
                    "Garage voor onderhoud en banden; monteurs met ervaring zijn welkom.", true),
            new Profile(Set.of(FLEXIBLE_HOURS_FOR_CLASSES, WILLING_TO_APPLY_TWV, PUBLIC_TRANSPORT),
                    "Schoonmaak van kantoren en scholen, vroeg in de ochtend of in de avond, met een vast contract "
                    + "na de proeftijd.", true),
            new Profile(Set.of(LANGUAGE_SUPPORT, WILLING_TO_APPLY_TWV),
                    "Kwekerij met werk in de kassen en op het land, het hele jaar door.", true),
            new Profile(Set.of(BUDDY_OR_MENTOR, STAFF_TRAINED),
                    "Meubelmakerij; wie van hout houdt, leert hier het vak van een meester.", true),
            new Profile(Set.of(LANGUAGE_SUPPORT, BUDDY_OR_MENTOR, FLEXIBLE_HOURS_FOR_CLASSES,
                    OFFERS_DUAL_TRAJECTORIES), "Voedingsindustrie met productiewerk in ploegen; veiligheids"
                    + "instructies zijn er in meerdere talen.", true),
            new Profile(Set.of(STAFF_TRAINED, PUBLIC_TRANSPORT),
                    "Softwarebedrijf; de voertaal is Engels, dus ontwikkelaars kunnen meteen beginnen.", true),
            new Profile(Set.of(LANGUAGE_SUPPORT, STAFF_TRAINED),
                    "Ingenieursbureau voor water en wegen; hoogopgeleide nieuwkomers werken hier op hun niveau.", true),
            new Profile(Set.of(LANGUAGE_SUPPORT, FLEXIBLE_HOURS_FOR_CLASSES, PUBLIC_TRANSPORT),
                    "Apotheek; apothekersassistenten met een buitenlands diploma krijgen hulp bij de erkenning.", true),
            new Profile(Set.of(FLEXIBLE_HOURS_FOR_CLASSES), "Huisartsenpraktijk.", false),
            new Profile(Set.of(LANGUAGE_SUPPORT, STAFF_TRAINED, OFFERS_DUAL_TRAJECTORIES, PUBLIC_TRANSPORT),
                    "Scholengroep; onderwijsassistenten en conciërges, en een route naar de lerarenopleiding.", true),
            new Profile(Set.of(), "", false),
            new Profile(Set.of(LANGUAGE_SUPPORT, PUBLIC_TRANSPORT),
                    "Tolk- en vertaalbureau; wie Tigrinya, Dari of Arabisch spreekt, is hier een vakkracht.", false));

    /** The employers that have signed up for the demo job fair, as indexes in {@link DemoEmployers#ALL}. */
    private static final List<Integer> AT_THE_JOB_FAIR = List.of(0, 1, 4, 7, 10, 14);

    private DemoNetwork() {
    }

    static void create(List<EmployerView> employers, EmployerNetwork network, NetworkEvents events, Clock clock) {
        for (int i = 0; i < employers.size(); i++) {
            var profile = PROFILES.get(i);
            network.updateProfile(employers.get(i).id(), new ProfileChange(profile.commitments(),
                    profile.description(), website(employers.get(i).name()), profile.listed()));
        }
        LocalDate day = LocalDate.now(clock).plusWeeks(5).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        var fair = events.create(new NewNetworkEvent("Banenmarkt voor anderstaligen", EventKind.JOB_FAIR, day,
                LocalTime.of(14, 0), "Gemeentehuis Zeist", "Twee keer per jaar ontmoeten werkgevers uit de regio "
                + "hier nieuwkomers die nog weinig Nederlands spreken. Neem je cv mee als je er een hebt; dat "
                + "hoeft niet. Tolken zijn aanwezig.", Set.of("ar", "ti", "prs", "uk", "en")));
        AT_THE_JOB_FAIR.forEach(i -> events.signUp(fair.id(), employers.get(i).id()));
    }

    private static String website(String name) {
        return "https://www." + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "") + ".example";
    }
}

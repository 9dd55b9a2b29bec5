package nl.werkbrug.demo;

import java.util.List;
import nl.werkbrug.organisation.LocationType;

/** The Zeist region: its reception locations and the municipalities around it (public coordinates). */
final class DemoPlaces {

    record Place(String name, LocationType type, String municipality, double latitude, double longitude,
                 Integer capacity) {
    }

    static final Place KAMP_VAN_ZEIST = new Place("azc Kamp van Zeist", LocationType.AZC, "Zeist", 52.1257, 5.2655, 400);
    static final Place WALAARDT_SACRE = new Place("Walaardt Sacré Kamp", LocationType.AZC, "Zeist", 52.1167, 5.2733, 400);
    static final Place DIJNSELBURG = new Place("Recreatiepark Dijnselburg", LocationType.AZC, "Zeist", 52.1183, 5.2296, 282);
    static final Place ZEIST = new Place("Zeist", LocationType.MUNICIPALITY, "Zeist", 52.0894, 5.2337, null);

    static final List<Place> RECEPTION = List.of(KAMP_VAN_ZEIST, WALAARDT_SACRE, DIJNSELBURG);

    static final List<Place> MUNICIPALITIES = List.of(ZEIST,
            new Place("Utrecht", LocationType.MUNICIPALITY, "Utrecht", 52.0907, 5.1214, null),
            new Place("De Bilt", LocationType.MUNICIPALITY, "De Bilt", 52.1100, 5.1806, null),
            new Place("Soest", LocationType.MUNICIPALITY, "Soest", 52.1737, 5.2915, null),
            new Place("Utrechtse Heuvelrug", LocationType.MUNICIPALITY, "Utrechtse Heuvelrug", 52.0395, 5.3530, null),
            new Place("Bunnik", LocationType.MUNICIPALITY, "Bunnik", 52.0667, 5.1972, null),
            new Place("Amersfoort", LocationType.MUNICIPALITY, "Amersfoort", 52.1561, 5.3878, null),
            new Place("Houten", LocationType.MUNICIPALITY, "Houten", 52.0283, 5.1681, null),
            new Place("Nieuwegein", LocationType.MUNICIPALITY, "Nieuwegein", 52.0292, 5.0806, null),
            new Place("Wijk bij Duurstede", LocationType.MUNICIPALITY, "Wijk bij Duurstede", 51.9747, 5.3411, null));

    private DemoPlaces() {
    }
}

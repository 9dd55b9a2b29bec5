package nl.werkbrug.demo;

import java.util.List;

/** Twenty-five fictional employers of the region, one per line: name, sector, municipality. */
final class DemoEmployers {

    record Company(String name, String sector, String municipality) {
    }

    static final List<Company> ALL = List.of(
            new Company("Gemeente Zeist (werkgever)", "openbaar bestuur", "Zeist"),
            new Company("Heuvelrug Logistiek", "logistiek", "Zeist"),
            new Company("Distributiecentrum Kromme Rijn", "logistiek", "Bunnik"),
            new Company("Transport Eemland", "transport", "Amersfoort"),
            new Company("Zorggroep Het Lindehof", "zorg", "Zeist"),
            new Company("Thuiszorg Stichtse Vecht", "zorg", "De Bilt"),
            new Company("Kinderopvang De Vlinderboom", "kinderopvang", "Soest"),
            new Company("Brasserie Slotlaan", "horeca", "Zeist"),
            new Company("Hotel Heidepark", "horeca", "Utrechtse Heuvelrug"),
            new Company("Supermarkt Oud Zeist", "detailhandel", "Zeist"),
            new Company("Bouwbedrijf Van de Heuvel", "bouw", "Houten"),
            new Company("Installatietechniek Domstad", "installatietechniek", "Utrecht"),
            new Company("Metaalwerk Nieuwegein", "metaal", "Nieuwegein"),
            new Company("Autoservice Soesterberg", "mobiliteit", "Soest"),
            new Company("Schoonmaakbedrijf Helder", "schoonmaak", "Utrecht"),
            new Company("Kwekerij De Kromme Rijn", "tuinbouw", "Wijk bij Duurstede"),
            new Company("Meubelmakerij Het Woud", "productie", "Utrechtse Heuvelrug"),
            new Company("Voedselfabriek Eemvallei", "voedingsindustrie", "Amersfoort"),
            new Company("Softwarehuis Utrecht Science Park", "ict", "Utrecht"),
            new Company("Ingenieursbureau Heuvelrug", "ingenieursdiensten", "Zeist"),
            new Company("Apotheek Zeist-West", "zorg", "Zeist"),
            new Company("Huisartsenpraktijk Den Dolder", "zorg", "Zeist"),
            new Company("Stichtse Scholengroep", "onderwijs", "De Bilt"),
            new Company("Administratiekantoor Bunnik", "zakelijke dienstverlening", "Bunnik"),
            new Company("Tolk- en Vertaalbureau Midden", "zakelijke dienstverlening", "Utrecht"));

    private DemoEmployers() {
    }
}

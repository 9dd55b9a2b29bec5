package nl.werkbrug.cv.internal;

/**
 * Country and city names in Dutch, English, Arabic, Ukrainian, Russian and Farsi, mapped to ISO 3166-1 alpha-2 codes.
 * Cities are the larger ones of the countries newcomers mostly come from, plus a few Dutch ones.
 */
final class CvPlaces {

    /** Countries and cities to country codes. */
    static final CvPhrases<String> COUNTRIES = countries();

    private CvPlaces() {
    }

    private static CvPhrases<String> countries() {
        CvPhrases.Builder<String> b = CvPhrases.builder();
        b.add("SY", "syrië", "syria", "سوريا", "سورية", "سوریه", "сирія", "сирії", "сирия", "сирии",
                "damascus", "damaskus", "dimashq", "دمشق", "дамаск", "aleppo", "halab", "حلب", "алеппо", "homs", "حمص",
                "хомс", "latakia", "اللاذقية", "hama", "حماة", "deir ez-zor", "دير الزور", "daraa", "درعا");
        b.add("ER", "eritrea", "إريتريا", "اريتريا", "ارتيريا", "اریتره", "еритрея", "эритрея", "asmara", "أسمرة",
                "اسمرا", "асмера", "асмэра", "massawa");
        b.add("AF", "afghanistan", "أفغانستان", "افغانستان", "афганістан", "афганистан", "kabul", "kaboel", "كابل",
                "کابل", "кабул", "herat", "هرات", "герат", "mazar-i-sharif", "مزار شریف", "kandahar", "قندهار",
                "jalalabad", "جلال آباد");
        b.add("IR", "iran", "إيران", "ايران", "ایران", "іран", "иран", "tehran", "teheran", "طهران", "تهران",
                "тегеран", "mashhad", "مشهد", "isfahan", "اصفهان", "shiraz", "شیراز", "tabriz", "تبریز");
        b.add("IQ", "irak", "iraq", "العراق", "عراق", "ірак", "ирак", "baghdad", "bagdad", "بغداد", "багдад",
                "mosul", "الموصل", "موصل", "мосул", "basra", "البصرة", "erbil", "أربيل", "اربیل");
        b.add("TR", "turkije", "turkey", "türkiye", "تركيا", "ترکیه", "туреччина", "туреччині", "турция", "турции",
                "istanbul", "إسطنبول", "اسطنبول", "استانبول", "стамбул", "ankara", "أنقرة", "آنکارا", "анкара",
                "gaziantep", "غازي عنتاب");
        b.add("YE", "jemen", "yemen", "اليمن", "یمن", "ємен", "йемен", "sanaa", "sana'a", "صنعاء", "aden", "عدن");
        b.add("SO", "somalië", "somalia", "الصومال", "سومالی", "сомалі", "сомали", "mogadishu", "mogadisho",
                "مقديشو", "hargeisa", "هرجيسا");
        b.add("ET", "ethiopië", "ethiopia", "إثيوبيا", "اثيوبيا", "اتیوپی", "ефіопія", "эфиопия", "addis ababa",
                "addis abeba", "أديس أبابا");
        b.add("SD", "soedan", "sudan", "السودان", "سودان", "судан", "khartoum", "khartoem", "الخرطوم");
        b.add("UA", "oekraïne", "ukraine", "أوكرانيا", "اوكرانيا", "اوکراین", "україна", "україні", "україни",
                "украина", "украине", "украины", "kyiv", "kiev", "kiew", "kyjiv", "київ", "києві", "киев", "киеве",
                "كييف", "kharkiv", "kharkov", "charkiv", "харків", "харкові", "харьков", "odesa", "odessa", "одеса",
                "одесі", "одесса", "lviv", "lvov", "lemberg", "львів", "львові", "львов", "mariupol", "маріуполь",
                "мариуполь", "dnipro", "дніпро", "днепр", "zaporizhzhia", "запоріжжя", "запорожье");
        b.add("RU", "rusland", "russia", "روسيا", "روسیه", "росія", "росії", "россия", "россии", "moskou", "moscow",
                "москва", "москве");
        b.add("NL", "nederland", "netherlands", "the netherlands", "holland", "هولندا", "هلند", "нідерланди",
                "нідерландах", "нидерланды", "нидерландах", "amsterdam", "rotterdam", "utrecht", "den haag",
                "the hague", "eindhoven", "zeist");
        b.add("BE", "belgië", "belgium", "بلجيكا", "بلژیک", "бельгія", "бельгия", "brussel", "brussels", "antwerpen");
        b.add("DE", "duitsland", "germany", "deutschland", "ألمانيا", "آلمان", "німеччина", "німеччині", "германия",
                "германии", "berlin", "berlijn");
        b.add("MA", "marokko", "morocco", "المغرب", "مراکش", "марокко", "casablanca", "الدار البيضاء", "rabat",
                "الرباط");
        b.add("EG", "egypte", "egypt", "مصر", "єгипет", "египет", "cairo", "caïro", "القاهرة", "قاهره");
        b.add("LB", "libanon", "lebanon", "لبنان", "ліван", "ливан", "beirut", "beiroet", "بيروت");
        b.add("JO", "jordanië", "jordan", "الأردن", "اردن", "йорданія", "иордания");
        b.add("PK", "pakistan", "باكستان", "پاکستان", "пакистан");
        return b.build();
    }
}

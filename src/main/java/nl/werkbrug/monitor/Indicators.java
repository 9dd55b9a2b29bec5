package nl.werkbrug.monitor;

import java.util.List;

/**
 * The catalogue of the monitor: the ids of its tables and the codes of their rows and columns, as
 * exports and the API use them. Labels are translated from {@code monitor.table.*}, {@code monitor.row.*}
 * and {@code monitor.col.*}, and from the existing {@code group.*}, {@code route.stage.*},
 * {@code route.reason.*}, {@code vacancyType.*}, {@code commitment.*} and {@code signal.status.*} keys.
 */
public final class Indicators {

    private Indicators() {
    }

    /** Participation by kind per group, in the layout of the audit's table; rows are groups and "total". */
    public static final String PARTICIPATION = "participation";
    /** The jobhunter route: intakes, placed within 16 weeks, weeks to a first placement. */
    public static final String ROUTE = "route";
    /** Tracks per stage they reached, and those that stopped there. */
    public static final String FUNNEL = "funnel";
    /** Stopped tracks per reason. */
    public static final String STOP_REASONS = "stopReasons";
    /** High-skilled people working at their level, or below it. */
    public static final String AT_LEVEL = "atLevel";
    /** People waiting for a work permit (TWV), and for how long. */
    public static final String PERMITS = "permits";
    /** The employers' network and its commitments. */
    public static final String EMPLOYERS = "employers";
    /** Vacancies posted in the period, per sector (rows) and type (columns). */
    public static final String VACANCIES = "vacancies";
    /** Signals of labour exploitation reported in the period, per status. */
    public static final String SIGNALS = "signals";
    /** Each month of the period. */
    public static final String TRENDS = "trends";
    /** Learning points per tag: what helped and what blocked. */
    public static final String LEARNING = "learning";

    public static final List<String> TABLES = List.of(PARTICIPATION, ROUTE, FUNNEL, STOP_REASONS, AT_LEVEL, PERMITS,
            EMPLOYERS, VACANCIES, SIGNALS, TRENDS, LEARNING);

    /** The columns of {@link #PARTICIPATION}: kinds of participation, then total, the group's size and the share. */
    public static final List<String> PARTICIPATION_COLUMNS = List.of("paidInMunicipality", "paidElsewhere", "volunteer",
            "dualTrajectory", "internship", "workExperience", "total", "groupSize", "share");

    /** The rows of {@link #ROUTE}, one column "value". */
    public static final List<String> ROUTE_ROWS = List.of("intakes", "placedWithin16Weeks", "placedWithin16WeeksShare",
            "medianWeeksToPlacement", "notYet16Weeks");

    /** The rows of {@link #AT_LEVEL}, one column "value". */
    public static final List<String> AT_LEVEL_ROWS = List.of("highSkilled", "highSkilledWorking", "atLevel",
            "belowLevel", "levelUnknown", "atLevelShare");

    /** The rows of {@link #PERMITS}, one column "value". */
    public static final List<String> PERMIT_ROWS = List.of("waiting", "medianWeeksWaiting", "waitingUnder4Weeks",
            "waiting4To8Weeks", "waiting8To13Weeks", "waitingOver13Weeks", "granted", "refused");

    /** The columns of {@link #TRENDS}; its rows are the months ("2026-03"). */
    public static final List<String> TREND_COLUMNS = List.of("intakes", "starts", "participating",
            "placedWithin16WeeksShare", "atLevelShare", "waitingForPermit", "vacanciesPosted", "signalsReported",
            "networkMembers");

    /** The single column of one-column tables. */
    public static final String VALUE = "value";
}

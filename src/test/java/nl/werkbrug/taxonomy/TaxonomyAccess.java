package nl.werkbrug.taxonomy;

import java.util.Collection;

/** Gives benchmarks (outside this package) one loaded taxonomy without a Spring context. */
public final class TaxonomyAccess {

    private static TaxonomyService service;

    private TaxonomyAccess() {
    }

    public static synchronized TaxonomyService service() {
        if (service == null) {
            service = new TaxonomyService("");
        }
        return service;
    }

    public static SkillExtractor skillExtractor() {
        return new SkillExtractor(service());
    }

    public static Collection<Occupation> occupations() {
        return service().allOccupations();
    }

    public static Collection<Skill> skills() {
        return service().allSkills();
    }
}

package nl.werkbrug.candidate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** An ESCO occupation in a profile, with months of experience and where it came from. */
@Embeddable
class OccupationItem {

    private String escoUri = "";
    private int monthsExperience;
    @Enumerated(EnumType.STRING)
    private ItemSource source = ItemSource.ENTERED;

    protected OccupationItem() {
    }

    OccupationItem(String escoUri, int monthsExperience, ItemSource source) {
        this.escoUri = escoUri;
        this.monthsExperience = monthsExperience;
        this.source = source;
    }

    String escoUri() {
        return escoUri;
    }

    int monthsExperience() {
        return monthsExperience;
    }

    ItemSource source() {
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OccupationItem item && item.escoUri.equals(escoUri);
    }

    @Override
    public int hashCode() {
        return Objects.hash(escoUri);
    }
}

package nl.werkbrug.candidate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** An ESCO skill in a profile and where it came from. */
@Embeddable
class SkillItem {

    private String escoUri = "";
    @Enumerated(EnumType.STRING)
    private ItemSource source = ItemSource.ENTERED;

    protected SkillItem() {
    }

    SkillItem(String escoUri, ItemSource source) {
        this.escoUri = escoUri;
        this.source = source;
    }

    String escoUri() {
        return escoUri;
    }

    ItemSource source() {
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SkillItem item && item.escoUri.equals(escoUri);
    }

    @Override
    public int hashCode() {
        return Objects.hash(escoUri);
    }
}

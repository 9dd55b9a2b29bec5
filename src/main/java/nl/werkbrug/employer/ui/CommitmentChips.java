package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import nl.werkbrug.employer.Commitment;

/** An employer's commitments as chips, each with its one-line explanation as a tooltip, in a fixed order. */
final class CommitmentChips {

    private CommitmentChips() {
    }

    static Div of(Collection<Commitment> commitments) {
        var chips = new Div();
        chips.addClassNames("chips", "commitments");
        for (Commitment commitment : Commitment.values()) {
            if (commitments.contains(commitment)) {
                var chip = new Span(chips.getTranslation("commitment." + commitment.name()));
                chip.addClassNames("chip", "commitment");
                chip.getElement().setAttribute("title",
                        chips.getTranslation("commitment." + commitment.name() + ".help"));
                chips.add(chip);
            }
        }
        return chips;
    }
}

package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.werkbrug.employer.Commitment;
import nl.werkbrug.employer.EmployerNetwork;
import nl.werkbrug.employer.NetworkEntry;
import nl.werkbrug.employer.NetworkQuery;
import nl.werkbrug.employer.VacancyType;
import nl.werkbrug.security.AppRoles;

/**
 * The directory of inclusive employers: approved employers that chose to be listed, searched by
 * words and narrowed by commitment and sector, each with what they commit to and how much work
 * they have open. For newcomers it answers "who would take me on while I learn Dutch?".
 */
@Route("network")
@Menu(title = "network.nav", order = 40, icon = "vaadin:handshake")
@RolesAllowed({AppRoles.NEWCOMER, AppRoles.JOBHUNTER, AppRoles.EMPLOYER, AppRoles.MUNICIPALITY, AppRoles.ADMIN})
class NetworkView extends Main implements HasDynamicTitle {

    private final EmployerNetwork network;
    private final TextField search = new TextField();
    private final MultiSelectComboBox<Commitment> commitments = new MultiSelectComboBox<>();
    private final ComboBox<String> sector = new ComboBox<>();
    private final Paragraph count = new Paragraph();
    private final Div cards = new Div();

    NetworkView(EmployerNetwork network) {
        this.network = network;
        addClassName("view");
        search.setId("network-search");
        search.setLabel(getTranslation("network.search"));
        search.setPlaceholder(getTranslation("network.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18rem");
        commitments.setId("network-commitments");
        commitments.setLabel(getTranslation("network.filter.commitments"));
        commitments.setItems(Commitment.values());
        commitments.setItemLabelGenerator(c -> getTranslation("commitment." + c.name()));
        commitments.setWidth("22rem");
        sector.setId("network-sector");
        sector.setLabel(getTranslation("network.filter.sector"));
        sector.setItems(network.sectors());
        sector.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        commitments.addValueChangeListener(e -> refresh());
        sector.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(search, commitments, sector);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        count.setId("network-count");
        count.addClassName("muted");
        cards.setId("network-employers");
        cards.addClassName("match-cards");
        var events = new RouterLink(getTranslation("network.events.link"), NetworkEventsView.class);
        events.setId("network-events-link");
        add(new Paragraph(getTranslation("network.intro")), events, filters, count, cards);
        refresh();
    }

    private void refresh() {
        var found = network.directory(new NetworkQuery(search.getValue(), commitments.getValue(), sector.getValue()));
        count.setText(getTranslation("network.count", found.size()));
        cards.removeAll();
        if (found.isEmpty()) {
            cards.add(new Paragraph(getTranslation("network.empty")));
        }
        found.forEach(entry -> cards.add(card(entry)));
    }

    private Card card(NetworkEntry entry) {
        var card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.addClassName("network-card");
        card.setTitle(new H3(entry.name()));
        card.setSubtitle(String.join(" · ", entry.sector(), entry.municipality() == null ? "" : entry.municipality()));
        if (!entry.description().isEmpty()) {
            var description = new Paragraph(entry.description());
            description.getElement().setAttribute("dir", "auto");
            card.add(description);
        }
        card.add(CommitmentChips.of(entry.commitments()));
        var open = new Paragraph(openVacancies(entry));
        open.addClassNames("muted", "open-vacancies");
        card.add(open);
        if (entry.website() != null) {
            var website = new Anchor(entry.website(), entry.website().replaceFirst("^https?://", ""),
                    AnchorTarget.BLANK);
            website.getElement().setAttribute("rel", "noopener noreferrer");
            website.getElement().setAttribute("title", getTranslation("network.website"));
            card.add(new Paragraph(website));
        }
        return card;
    }

    private String openVacancies(NetworkEntry entry) {
        if (entry.openVacancies().isEmpty()) {
            return getTranslation("network.noOpenVacancies");
        }
        return getTranslation("network.openVacancies", Arrays.stream(VacancyType.values())
                .filter(entry.openVacancies()::containsKey)
                .map(type -> entry.openVacancies().get(type) + " × " + getTranslation("vacancyType." + type.name()))
                .collect(Collectors.joining(" · ")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.nav");
    }
}

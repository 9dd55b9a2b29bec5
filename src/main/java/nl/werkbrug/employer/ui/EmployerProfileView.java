package nl.werkbrug.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.werkbrug.employer.Commitment;
import nl.werkbrug.employer.EmployerNetwork;
import nl.werkbrug.employer.EmployerStatus;
import nl.werkbrug.employer.NetworkProfile;
import nl.werkbrug.employer.ProfileChange;
import nl.werkbrug.security.AppRoles;

/**
 * The employer's own profile in the network of inclusive employers: what it commits to (each
 * commitment with a line that says what it means), a short description, its website, and whether
 * it wants to be listed in the directory.
 */
@Route("employer/profile")
@RolesAllowed(AppRoles.EMPLOYER)
class EmployerProfileView extends Main implements HasDynamicTitle {

    private final EmployerNetwork network;
    private final CheckboxGroup<Commitment> commitments = new CheckboxGroup<>();
    private final TextArea description = new TextArea();
    private final TextField website = new TextField();
    private final Checkbox listed = new Checkbox();

    EmployerProfileView(EmployerNetwork network) {
        this.network = network;
        addClassName("view");
        setMaxWidth("48rem");
        network.myProfile().ifPresentOrElse(this::build,
                () -> add(new Paragraph(getTranslation("employer.none"))));
    }

    private void build(NetworkProfile profile) {
        add(new H2(profile.name()), new Paragraph(getTranslation("network.profile.intro")));
        if (profile.status() != EmployerStatus.APPROVED) {
            add(new Paragraph(getTranslation("network.profile.notApproved")));
        }
        commitments.setId("profile-commitments");
        commitments.setLabel(getTranslation("network.profile.commitments"));
        commitments.setItems(Commitment.values());
        commitments.setItemLabelGenerator(c -> getTranslation("commitment." + c.name()));
        commitments.setItemHelperGenerator(c -> getTranslation("commitment." + c.name() + ".help"));
        commitments.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        commitments.setValue(profile.commitments());
        description.setId("profile-description");
        description.setLabel(getTranslation("network.profile.description"));
        description.setMaxLength(ProfileChange.MAX_DESCRIPTION);
        description.setValueChangeMode(ValueChangeMode.EAGER);
        description.addValueChangeListener(e -> description.setHelperText(getTranslation("network.profile.characters",
                e.getValue().length(), ProfileChange.MAX_DESCRIPTION)));
        description.setValue(profile.description());
        description.setWidthFull();
        website.setId("profile-website");
        website.setLabel(getTranslation("network.profile.website"));
        website.setPlaceholder("https://");
        website.setMaxLength(ProfileChange.MAX_WEBSITE);
        website.setValue(profile.website() == null ? "" : profile.website());
        website.setWidthFull();
        listed.setId("profile-listed");
        listed.setLabel(getTranslation("network.profile.listed"));
        listed.setValue(profile.listedInNetwork());
        var save = new Button(getTranslation("network.profile.save"), click -> save(profile));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var directory = new RouterLink(getTranslation("network.profile.toDirectory"), NetworkView.class);
        add(commitments, description, website, listed, new Paragraph(getTranslation("network.profile.listed.help")),
                save, new Paragraph(directory));
    }

    private void save(NetworkProfile profile) {
        if (!ProfileChange.acceptableWebsite(website.getValue())) {
            website.setInvalid(true);
            website.setErrorMessage(getTranslation("network.profile.websiteInvalid"));
            return;
        }
        website.setInvalid(false);
        var saved = network.updateProfile(profile.employerId(), new ProfileChange(commitments.getValue(),
                description.getValue(), website.getValue(), listed.getValue()));
        website.setValue(saved.website() == null ? "" : saved.website());
        Notification.show(getTranslation(saved.listedInNetwork() && saved.status() == EmployerStatus.APPROVED
                ? "network.profile.savedListed" : "network.profile.saved"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.profile.title");
    }
}

package nl.werkbrug.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import nl.werkbrug.placement.InvalidLearningPoint;
import nl.werkbrug.placement.LearningEffect;
import nl.werkbrug.placement.LearningPoints;
import nl.werkbrug.placement.LearningTag;

/**
 * Records an anonymous learning point about one track: whether it helped or blocked, what it was
 * about, and an optional short text without names or contact details. A refused text stays in the
 * field with the reason below it.
 */
class LearningPointDialog extends Dialog {

    private final LearningPoints learningPoints;
    private final UUID trackId;
    private final RadioButtonGroup<LearningEffect> effect = new RadioButtonGroup<>();
    private final MultiSelectComboBox<LearningTag> tags = new MultiSelectComboBox<>();
    private final TextArea text = new TextArea();

    LearningPointDialog(LearningPoints learningPoints, UUID trackId) {
        this.learningPoints = learningPoints;
        this.trackId = trackId;
        setId("learning-point-dialog");
        setHeaderTitle(getTranslation("learning.title"));
        effect.setId("learning-point-effect");
        effect.setLabel(getTranslation("learning.effect"));
        effect.setItems(LearningEffect.values());
        effect.setItemLabelGenerator(e -> getTranslation("learning.effect." + e.name()));
        tags.setId("learning-point-tags");
        tags.setLabel(getTranslation("learning.tags"));
        tags.setItems(LearningTag.values());
        tags.setItemLabelGenerator(t -> getTranslation("learning.tag." + t.name()));
        tags.setWidthFull();
        text.setId("learning-point-text");
        text.setLabel(getTranslation("learning.text"));
        text.setHelperText(getTranslation("learning.textHelper"));
        text.setMaxLength(280);
        text.setWidthFull();
        var layout = new VerticalLayout(new Paragraph(getTranslation("learning.intro")), effect, tags, text);
        layout.setPadding(false);
        add(layout);
        var save = new Button(getTranslation("learning.save"), click -> save());
        save.setId("learning-point-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("learning.cancel"), click -> close());
        cancel.setId("learning-point-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        effect.setInvalid(effect.getValue() == null);
        effect.setErrorMessage(getTranslation("learning.effectNeeded"));
        tags.setInvalid(tags.getValue().isEmpty());
        tags.setErrorMessage(getTranslation("learning.invalid.NO_TAGS"));
        if (effect.isInvalid() || tags.isInvalid()) {
            return;
        }
        try {
            learningPoints.add(trackId, effect.getValue(), tags.getValue(), text.getValue());
        } catch (InvalidLearningPoint e) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("learning.invalid." + e.code().name()));
            return;
        }
        close();
        Notification.show(getTranslation("learning.saved"));
    }
}

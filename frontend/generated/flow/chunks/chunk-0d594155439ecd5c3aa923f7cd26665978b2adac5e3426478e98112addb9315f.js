import '@vaadin/form-layout/src/vaadin-form-layout.js';
import '@vaadin/form-layout/src/vaadin-form-item.js';
import '@vaadin/form-layout/src/vaadin-form-row.js';
import '@vaadin/checkbox/src/vaadin-checkbox.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/text-field/src/vaadin-text-field.js';
import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/notification/src/vaadin-notification.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '01633e3afec506b20bdd51c1558bf5e9e971919d4307db263656d7f8246125a0') {
    pending.push(import('./chunks/chunk-0d594155439ecd5c3aa923f7cd26665978b2adac5e3426478e98112addb9315f.js'));
  }
  if (key === '9122cfcdc6107ced25d19a463734fe314473375209a6ca175e3b3602c1af4ff5') {
    pending.push(import('./chunks/chunk-217236cb8747fdab6f7b294906020a45a24155783d72ee66d7c801947de7d75a.js'));
  }
  if (key === '748ece06c62513498f04c119892c892517d5ad9202983e25d0e5c7f38d7db2e9') {
    pending.push(import('./chunks/chunk-ae57b178a6f6400c030cd6167511f992a911c88202efd390508feafee06a73ee.js'));
  }
  if (key === '3133e23560a793b527d7a3a98680e8fe429f0283efb6e7f7e892ed28518c3137') {
    pending.push(import('./chunks/chunk-ae57b178a6f6400c030cd6167511f992a911c88202efd390508feafee06a73ee.js'));
  }
  if (key === 'b41e9ef4ba0e1f8ae7cc51efa8e1e1daece6eca7416337b894da9e1e7321f0f5') {
    pending.push(import('./chunks/chunk-ae57b178a6f6400c030cd6167511f992a911c88202efd390508feafee06a73ee.js'));
  }
  return Promise.all(pending);
}
window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}
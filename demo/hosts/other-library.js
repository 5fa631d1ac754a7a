// Stands for another plugin on the page that registered <service-card> first.
customElements.define(
  'service-card',
  class OtherLibraryCard extends HTMLElement {
    connectedCallback() {
      this.textContent = 'other library';
    }
  },
);

/**
 * The block "Guichet sécurité" in the editor: the element and its options in
 * the sidebar, its colours (the elements' --guichet-color-* custom properties),
 * the server's rendering as the preview (the same renderer as the public page
 * and the shortcode). Plain JavaScript on WordPress's globals: no build step.
 */
(function (wp, data) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var ServerSideRender = wp.serverSideRender;

  var ELEMENTS = [
    { value: 'report-finder', label: __('Guided questions (finds the right service)', 'guichet-securite') },
    { value: 'service-list', label: __('List of services, with search', 'guichet-securite') },
    { value: 'service-card', label: __('One service', 'guichet-securite') },
    { value: 'emergency-numbers', label: __('Emergency numbers and help lines', 'guichet-securite') },
    { value: 'quick-exit', label: __('"Leave this site" button', 'guichet-securite') },
  ];
  var WITH_CONTACTS = ['report-finder', 'service-list', 'service-card'];
  var WITH_NEW_WINDOW = ['report-finder', 'service-list', 'service-card'];

  function ids(value) {
    return value ? value.split(',').filter(Boolean) : [];
  }

  /** Checkboxes for a comma-separated list attribute; ticking adds at the end, so the order of ticking is kept. */
  function checkList(label, choices, value, onChange) {
    var chosen = ids(value);
    return el(
      components.BaseControl,
      { label: label, id: 'guichet-' + label },
      choices.map(function (choice) {
        return el(components.CheckboxControl, {
          key: choice.id,
          label: choice.name,
          checked: chosen.indexOf(choice.id) !== -1,
          onChange: function (on) {
            var next = chosen.filter(function (id) {
              return id !== choice.id;
            });
            if (on) next.push(choice.id);
            onChange(next.join(','));
          },
        });
      }),
    );
  }

  function options(attributes, set) {
    var element = attributes.element;
    var controls = [];
    if (element === 'service-list') {
      controls.push(
        checkList(__('Categories (none: all)', 'guichet-securite'), data.categories, attributes.category, function (v) {
          set({ category: v });
        }),
        el(components.SelectControl, {
          label: __('Kind', 'guichet-securite'),
          value: attributes.kind,
          options: [{ value: '', label: __('All kinds', 'guichet-securite') }].concat(
            data.kinds.map(function (kind) {
              return { value: kind.id, label: kind.name };
            }),
          ),
          onChange: function (v) {
            set({ kind: v });
          },
        }),
        el(
          components.PanelBody,
          { title: __('Only these services', 'guichet-securite'), initialOpen: ids(attributes.services).length > 0 },
          checkList(
            __('Services, in the order ticked (none: all)', 'guichet-securite'),
            data.services,
            attributes.services,
            function (v) {
              set({ services: v });
            },
          ),
        ),
      );
    }
    if (element === 'service-card') {
      controls.push(
        el(components.SelectControl, {
          label: __('Service', 'guichet-securite'),
          value: attributes.service || 'plainte-en-ligne',
          options: data.services.map(function (service) {
            return { value: service.id, label: service.name };
          }),
          onChange: function (v) {
            set({ service: v });
          },
        }),
        el(components.ToggleControl, {
          label: __('Compact (the essentials, details one tap away)', 'guichet-securite'),
          checked: attributes.compact,
          onChange: function (v) {
            set({ compact: v });
          },
        }),
      );
    }
    if (element === 'report-finder') {
      controls.push(
        el(components.SelectControl, {
          label: __('First question', 'guichet-securite'),
          value: attributes.start,
          options: [{ value: '', label: __('The start of the questions', 'guichet-securite') }].concat(
            data.starts.map(function (start) {
              return { value: start.id, label: start.name };
            }),
          ),
          onChange: function (v) {
            set({ start: v });
          },
        }),
      );
    }
    if (element === 'emergency-numbers') {
      controls.push(
        checkList(__('Help lines added', 'guichet-securite'), data.lines, attributes.lines, function (v) {
          set({ lines: v });
        }),
        el(components.ToggleControl, {
          label: __('Compact (a strip of numbers)', 'guichet-securite'),
          checked: attributes.compact,
          onChange: function (v) {
            set({ compact: v });
          },
        }),
      );
    }
    if (element === 'quick-exit') {
      controls.push(
        el(components.ToggleControl, {
          label: __('Always visible in the corner of the window', 'guichet-securite'),
          help: __(
            'On the site, the button blanks the page and opens service-public.gouv.fr; in the editor it does nothing.',
            'guichet-securite',
          ),
          checked: attributes.fixed,
          onChange: function (v) {
            set({ fixed: v });
          },
        }),
      );
    }
    if (element !== 'quick-exit') {
      controls.push(
        el(components.SelectControl, {
          label: __('Heading level', 'guichet-securite'),
          help: __('Automatic: one level below the heading before the element.', 'guichet-securite'),
          value: String(attributes.headingLevel || 0),
          options: [{ value: '0', label: __('Automatic', 'guichet-securite') }].concat(
            [2, 3, 4, 5, 6].map(function (level) {
              return { value: String(level), label: 'H' + level };
            }),
          ),
          onChange: function (v) {
            set({ headingLevel: Number(v) });
          },
        }),
      );
    }
    controls.push(
      el(components.SelectControl, {
        label: __('Language', 'guichet-securite'),
        value: attributes.lang,
        options: [
          { value: '', label: __("The page's", 'guichet-securite') },
          { value: 'fr', label: __('French', 'guichet-securite') },
          { value: 'en', label: __('English', 'guichet-securite') },
          { value: 'es', label: __('Spanish', 'guichet-securite') },
          { value: 'de', label: __('German', 'guichet-securite') },
          { value: 'ar', label: __('Arabic', 'guichet-securite') },
          { value: 'uk', label: __('Ukrainian', 'guichet-securite') },
        ],
        onChange: function (v) {
          set({ lang: v });
        },
      }),
      el(components.SelectControl, {
        label: __('Theme', 'guichet-securite'),
        value: attributes.theme,
        options: [
          { value: '', label: __('Light, unless the site declares dark', 'guichet-securite') },
          { value: 'light', label: __('Light', 'guichet-securite') },
          { value: 'dark', label: __('Dark', 'guichet-securite') },
          { value: 'auto', label: __("The visitor's system", 'guichet-securite') },
        ],
        onChange: function (v) {
          set({ theme: v });
        },
      }),
    );
    if (WITH_NEW_WINDOW.indexOf(element) !== -1) {
      controls.push(
        el(components.ToggleControl, {
          label: __('Open services in a new window', 'guichet-securite'),
          checked: attributes.newWindow,
          onChange: function (v) {
            set({ newWindow: v });
          },
        }),
      );
    }
    if (WITH_CONTACTS.indexOf(element) !== -1) {
      controls.push(
        el(components.TextareaControl, {
          label: __("This page's own contacts (JSON, optional)", 'guichet-securite'),
          help: __(
            "Added to the site's contacts (Settings → Guichet sécurité), in the same format; a refused one is named above the preview.",
            'guichet-securite',
          ),
          value: attributes.contacts,
          rows: 6,
          onChange: function (v) {
            set({ contacts: v });
          },
        }),
      );
    }
    return controls;
  }

  /**
   * The colours, each an attribute the server prints as a custom property
   * (colorAccent: --guichet-color-accent); empty: the element's own. The server
   * keeps hexadecimal colours only.
   */
  function colors(attributes, set) {
    var setting = function (key, label) {
      return {
        label: label,
        value: attributes[key] || undefined,
        onChange: function (value) {
          var next = {};
          next[key] = value || '';
          set(next);
        },
      };
    };
    // The elements' own colours (light, or dark for theme="dark"), for the pairs a chosen colour is checked against.
    var own =
      attributes.theme === 'dark'
        ? { background: '#17191d', text: '#eef0f3', accent: '#86cfe2', onAccent: '#0b1a1f' }
        : { background: '#ffffff', text: '#1d2127', accent: '#0b5a6e', onAccent: '#ffffff' };
    var background = attributes.colorBackground || own.background;
    var accent = attributes.colorAccent || own.accent;
    return el(
      blockEditor.PanelColorSettings,
      {
        title: __('Colours', 'guichet-securite'),
        colorSettings: [
          setting('colorAccent', __('Accent (links, main actions)', 'guichet-securite')),
          setting('colorOnAccent', __('Text on the accent', 'guichet-securite')),
          setting('colorBackground', __('Background', 'guichet-securite')),
          setting('colorText', __('Text', 'guichet-securite')),
        ],
      },
      // A warning under the colours when a pair the elements draw together reads poorly.
      el(blockEditor.ContrastChecker, { backgroundColor: background, textColor: attributes.colorText || own.text }),
      el(blockEditor.ContrastChecker, { backgroundColor: accent, textColor: attributes.colorOnAccent || own.onAccent }),
      el(blockEditor.ContrastChecker, { backgroundColor: background, textColor: accent }),
    );
  }

  wp.blocks.registerBlockType('guichet-securite/element', {
    edit: function (props) {
      var attributes = props.attributes;
      var set = props.setAttributes;
      return el(
        'div',
        blockEditor.useBlockProps(),
        el(
          blockEditor.InspectorControls,
          null,
          el(
            components.PanelBody,
            { title: __('Element', 'guichet-securite') },
            el(components.SelectControl, {
              label: __('Show', 'guichet-securite'),
              value: attributes.element,
              options: ELEMENTS,
              onChange: function (v) {
                set({ element: v });
              },
            }),
          ),
          el(components.PanelBody, { title: __('Options', 'guichet-securite') }, options(attributes, set)),
          colors(attributes, set),
        ),
        // The preview is the server's rendering; inert, so nothing in it can leave the editor.
        el(
          components.Disabled,
          null,
          el(ServerSideRender, { block: 'guichet-securite/element', attributes: attributes }),
        ),
      );
    },
    save: function () {
      return null;
    },
  });
})(window.wp, window.guichetSecuriteEditor || { services: [], categories: [], kinds: [], starts: [], lines: [] });

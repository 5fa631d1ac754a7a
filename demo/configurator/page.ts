// The configurator page: a form on one side, the live result and the snippet
// on the other; the form's state lives in the URL so a configuration can be
// shared. Rendered with lit-html (no component: a page of plain controls).
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { localize } from '../../src/catalogue/catalogue.js';
import { normalizeDepartment } from '../../src/catalogue/search.js';
import {
  COLOR_TOKENS,
  CONTACT_ELEMENTS,
  ELEMENTS,
  categoryChoices,
  configFromParams,
  configToParams,
  contactProblems,
  contrastProblems,
  elementMarkup,
  isFont,
  isScriptUrl,
  lineChoices,
  serviceChoices,
  snippet,
  startChoices,
  styleRule,
  type ColorToken,
  type Config,
  type ElementTag,
  type Release,
} from './config.js';

const ELEMENT_LABELS: Record<ElementTag, [string, string]> = {
  'service-list': ['Liste de services', 'le catalogue ou une partie, avec recherche et filtres'],
  'service-card': ['Fiche d\u2019un service', 'un service : quand l\u2019utiliser, comment le joindre'],
  'report-finder': ['Questionnaire d\u2019orientation', 'quelques questions qui mènent au bon service'],
  'emergency-numbers': ['Numéros d\u2019urgence', '17, 112, 114 et, au choix, des lignes d\u2019aide'],
  'quick-exit': ['Bouton « Quitter ce site »', 'pour les pages lues par une personne en danger'],
};

const COLOR_LABELS: Record<ColorToken, string> = {
  background: 'Fond',
  text: 'Texte',
  accent: 'Accent (liens, actions)',
  'on-accent': 'Texte sur l\u2019accent',
  border: 'Bordures',
  focus: 'Contour de focus',
  danger: 'Urgence',
  'on-danger': 'Texte sur l\u2019urgence',
};

/** An example a webmaster can start from; the numbers are fictitious (01 99 00 00 xx is reserved for fiction). */
export const CONTACTS_EXAMPLE = JSON.stringify(
  [
    {
      id: 'police-municipale-exempleville',
      kind: 'phone-line',
      categories: ['help-support'],
      name: 'Police municipale d\u2019Exempleville',
      summary: 'Accueil du public, objets trouvés, tranquillité publique.',
      access: { phones: [{ number: '+33199000000', display: '01 99 00 00 00' }] },
      outcomes: ['violence-victim', 'complaint-in-person'],
    },
  ],
  null,
  2,
);

type TextField = 'department' | 'exitHref' | 'font' | 'scriptUrl';

export interface ConfiguratorOptions {
  readonly release: Release;
  /** Where the state is read from and written to (the page's URL by default). */
  readonly url?: { read(): URLSearchParams; write(params: URLSearchParams): void };
  /** Copies a text; the page's clipboard by default. */
  readonly copy?: (text: string) => Promise<void>;
}

export class Configurator {
  private config: Config;
  private readonly release: Release;
  private readonly url: NonNullable<ConfiguratorOptions['url']>;
  private readonly copy: NonNullable<ConfiguratorOptions['copy']>;
  /** What is typed in the text fields, kept even while invalid. */
  private readonly drafts: Partial<Record<TextField, string>> = {};
  private ignored: string[];
  private status = '';
  private previewMarkup = '';

  constructor(
    private readonly root: HTMLElement,
    options: ConfiguratorOptions,
  ) {
    this.release = options.release;
    this.url = options.url ?? {
      read: () => new URLSearchParams(location.search),
      write: (params) => history.replaceState(history.state, '', `${location.pathname}?${params}${location.hash}`),
    };
    this.copy = options.copy ?? ((text) => navigator.clipboard.writeText(text));
    const { config, ignored } = configFromParams(this.url.read(), this.release);
    this.config = config;
    this.ignored = ignored;
    this.update();
  }

  get snippet(): string {
    return snippet(this.config, this.release);
  }

  private set(patch: Partial<Config>): void {
    this.config = { ...this.config, ...patch };
    this.ignored = [];
    this.status = '';
    this.url.write(configToParams(this.config, this.release));
    this.update();
  }

  private toggle(list: readonly string[], value: string, on: boolean): string[] {
    return on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
  }

  /** Keeps what is typed as typed (spaces included); the configuration takes it trimmed, once valid. */
  private text(field: TextField, typed: string, valid: (value: string) => boolean): void {
    this.drafts[field] = typed;
    const value = typed.trim();
    if (valid(value)) this.set({ [field]: value });
    else this.update();
  }

  private fieldError(field: TextField, valid: (value: string) => boolean): boolean {
    const draft = this.drafts[field];
    return draft !== undefined && !valid(draft.trim());
  }

  private async onCopy(what: 'snippet' | 'link'): Promise<void> {
    const text = what === 'snippet' ? this.snippet : location.href;
    try {
      await this.copy(text);
      this.status = what === 'snippet' ? 'Code copié. Collez-le dans votre page.' : 'Lien copié.';
    } catch {
      // No clipboard (permissions, an old browser): select the text for Ctrl+C.
      if (what === 'snippet') {
        const code = this.root.querySelector('#snippet');
        if (code) getSelection()?.selectAllChildren(code);
      }
      this.status = 'La copie automatique n\u2019est pas disponible : le texte est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).';
    }
    this.update();
  }

  private update(): void {
    render(this.template(), this.root);
    this.updatePreview();
  }

  /** The preview shows exactly the snippet's element, except what would leave or rewrite this page. */
  private updatePreview(): void {
    const stage = this.root.querySelector<HTMLElement>('#preview-stage');
    if (!stage) return;
    const config: Config = { ...this.config, history: false };
    let markup = elementMarkup(config);
    if (config.element === 'quick-exit') markup = markup.replace('<quick-exit', '<quick-exit exit-key=""');
    if (markup === this.previewMarkup) return;
    this.previewMarkup = markup;
    // The markup is built from escaped, validated values (config.ts), never from raw input.
    stage.replaceChildren(document.createRange().createContextualFragment(markup));
  }

  private template(): TemplateResult {
    const config = this.config;
    const uses = (...tags: ElementTag[]) => tags.includes(config.element);
    const contacts = contactProblems(config);
    const contrasts = contrastProblems(config);
    const rule = styleRule(config);
    return html`
      ${this.ignored.length
        ? html`<p class="notice" role="status">
            Paramètres de l’adresse ignorés (valeur inconnue ou invalide) : ${this.ignored.join(', ')}.
          </p>`
        : nothing}
      <div class="configurator">
        <form class="settings" aria-labelledby="settings-title" @submit=${(event: Event) => event.preventDefault()}>
          <h2 id="settings-title">Réglages</h2>
          <fieldset>
            <legend>Élément</legend>
            ${ELEMENTS.map(
              (tag) => html`<label class="choice"
                ><input type="radio" name="element" value=${tag} .checked=${live(config.element === tag)} @change=${() => this.set({ element: tag })} />
                <span><strong>${ELEMENT_LABELS[tag][0]}</strong> <code>&lt;${tag}&gt;</code><br /><span class="hint">${ELEMENT_LABELS[tag][1]}</span></span></label
              >`,
            )}
          </fieldset>

          <fieldset>
            <legend>Options de ${ELEMENT_LABELS[config.element][0].toLowerCase()}</legend>
            ${uses('service-list') ? this.listOptions() : nothing} ${uses('service-card') ? this.cardOptions() : nothing}
            ${uses('report-finder') ? this.finderOptions() : nothing} ${uses('emergency-numbers') ? this.emergencyOptions() : nothing}
            ${uses('quick-exit') ? this.exitOptions() : nothing}
            <div class="field">
              <label for="lang">Langue</label>
              <select id="lang" @change=${(event: Event) => this.set({ lang: (event.target as HTMLSelectElement).value as Config['lang'] })}>
                ${[
                  ['', 'Celle de la page (français par défaut)'],
                  ['fr', 'Français'],
                  ['en', 'Anglais'],
                ].map(([value, label]) => html`<option value=${value} ?selected=${config.lang === value}>${label}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="theme">Thème</label>
              <select id="theme" @change=${(event: Event) => this.set({ theme: (event.target as HTMLSelectElement).value as Config['theme'] })}>
                ${[
                  ['', 'Celui de votre page (clair, sauf si elle déclare le sombre)'],
                  ['light', 'Clair'],
                  ['dark', 'Sombre'],
                  ['auto', 'Celui du système du visiteur'],
                ].map(([value, label]) => html`<option value=${value} ?selected=${config.theme === value}>${label}</option>`)}
              </select>
            </div>
          </fieldset>

          <fieldset>
            <legend>Couleurs et police</legend>
            <p class="hint" id="colors-hint">
              Une couleur choisie s’applique aux deux thèmes, sauf si le thème est imposé : le contraste est vérifié pour chacun. Sans
              choix, l’élément garde ses couleurs neutres, claires ou sombres.
            </p>
            <div class="colors">
              ${COLOR_TOKENS.map(([token, fallback]) => {
                const value = config.colors[token];
                return html`<div class="color">
                  <label for="color-${token}">${COLOR_LABELS[token]}</label>
                  <input
                    type="color"
                    id="color-${token}"
                    aria-describedby="colors-hint color-${token}-value"
                    .value=${live(value ?? fallback)}
                    @input=${(event: Event) => this.set({ colors: { ...config.colors, [token]: (event.target as HTMLInputElement).value } })}
                  />
                  <span id="color-${token}-value" class="hint">${value ? html`<code>${value}</code>` : 'par défaut'}</span>
                  ${value
                    ? html`<button
                        type="button"
                        class="link"
                        aria-label="Couleur par défaut pour « ${COLOR_LABELS[token]} »"
                        @click=${() => {
                          const colors = { ...config.colors };
                          delete colors[token];
                          this.set({ colors });
                          this.root.querySelector<HTMLInputElement>(`#color-${token}`)?.focus();
                        }}
                      >
                        Par défaut
                      </button>`
                    : nothing}
                </div>`;
              })}
            </div>
            ${contrasts.length
              ? html`<div class="problems" role="status">
                  <p>Contraste insuffisant (WCAG AA) :</p>
                  <ul>
                    ${contrasts.map(
                      ({ theme, pair: [a, b], ratio, minimum }) =>
                        html`<li>
                          Thème ${theme === 'dark' ? 'sombre' : 'clair'} : ${COLOR_LABELS[a]} sur ${COLOR_LABELS[b].toLowerCase()},
                          ${ratio.toFixed(2).replace('.', ',')}:1 (minimum ${String(minimum).replace('.', ',')}:1)
                        </li>`,
                    )}
                  </ul>
                  <p>Choisissez d’autres couleurs, ou imposez le thème qui leur convient.</p>
                </div>`
              : nothing}
            ${this.textField('font', 'Police (liste CSS, par exemple « Arial, sans-serif »)', config.font, isFont, 'Lettres, chiffres, espaces, virgules, guillemets et tirets seulement ; vide pour la police de la page.', { allowEmpty: true })}
          </fieldset>

          ${CONTACT_ELEMENTS.includes(config.element)
            ? html`<fieldset>
                <legend>Contacts locaux</legend>
                <p class="hint" id="contacts-hint">
                  Vos propres contacts (police municipale, association d’aide aux victimes…), en JSON : voir « Local contacts » dans le README.
                  ${config.element === 'report-finder' ? 'Le questionnaire les montre avec les résultats nommés dans « outcomes ».' : ''}
                </p>
                <label for="contacts">Contacts (JSON)</label>
                <textarea
                  id="contacts"
                  rows="8"
                  spellcheck="false"
                  aria-describedby="contacts-hint${contacts.length ? ' contacts-problems' : ''}"
                  aria-invalid=${contacts.length ? 'true' : 'false'}
                  .value=${live(config.contacts)}
                  @input=${(event: Event) => this.set({ contacts: (event.target as HTMLTextAreaElement).value.slice(0, 20000) })}
                ></textarea>
                ${contacts.length
                  ? html`<div id="contacts-problems" class="problems" role="status">
                      <p>Refusé par l’élément :</p>
                      <ul>
                        ${contacts.slice(0, 10).map((problem) => html`<li>${problem}</li>`)}
                      </ul>
                    </div>`
                  : nothing}
                <button type="button" id="contacts-example" @click=${() => this.set({ contacts: CONTACTS_EXAMPLE })}>Mettre un exemple</button>
              </fieldset>`
            : nothing}

          <fieldset>
            <legend>Fichier</legend>
            ${this.textField(
              'scriptUrl',
              `Adresse de ${this.release.file} sur votre site`,
              config.scriptUrl,
              isScriptUrl,
              'Une adresse https: ou un chemin de votre site commençant par « / ».',
            )}
            <p class="hint">
              ${this.release.integrity
                ? html`Empreinte d’intégrité (SRI) de la version ${this.release.version} : <code class="integrity">${this.release.integrity}</code>`
                : html`Empreinte d’intégrité inconnue : lancez <code>npm run build</code> pour l’obtenir.`}
            </p>
          </fieldset>
        </form>

        <div class="result">
          <section aria-labelledby="snippet-title">
            <h2 id="snippet-title">Code à copier</h2>
            <p class="hint">À coller dans votre page, à l’endroit où l’élément doit paraître.</p>
            <pre tabindex="0" aria-labelledby="snippet-title"><code id="snippet">${this.snippet}</code></pre>
            <div class="actions">
              <button type="button" id="copy" class="primary" @click=${() => this.onCopy('snippet')}>Copier le code</button>
              <button type="button" id="copy-link" @click=${() => this.onCopy('link')}>Copier le lien de cette configuration</button>
            </div>
            <p id="status" role="status" class="status">${this.status}</p>
            ${rule
              ? html`<details>
                  <summary>Votre site interdit les attributs <code>style</code> (CSP) ?</summary>
                  <p>Retirez l’attribut <code>style</code> du code et mettez cette règle dans votre feuille de style :</p>
                  <pre tabindex="0" aria-label="Règle CSS"><code id="style-rule">${rule}</code></pre>
                </details>`
              : nothing}
          </section>
          <section aria-labelledby="preview-title">
            <h2 id="preview-title">Aperçu</h2>
            ${config.element === 'quick-exit'
              ? html`<p class="hint">Dans l’aperçu, le bouton et la touche ne quittent pas cette page.</p>`
              : nothing}
            ${config.history ? html`<p class="hint">L’historique du navigateur n’est pas modifié dans l’aperçu.</p>` : nothing}
            <div id="preview-stage" class="preview-stage" @click=${{ handleEvent: this.onPreviewClick, capture: true }}></div>
          </section>
        </div>
      </div>
    `;
  }

  /** In the preview, the quick exit's button does not leave the configurator (caught before it reaches the button). */
  private readonly onPreviewClick = (event: Event) => {
    const exitButton = event.composedPath().some((node) => node instanceof HTMLElement && node.getAttribute('part') === 'button' && node.localName === 'button');
    if (this.config.element !== 'quick-exit' || !exitButton) return;
    event.preventDefault();
    event.stopPropagation();
    this.status = 'Aperçu : sur votre site, ce bouton quitterait la page.';
    this.update();
  };

  private textField(
    field: TextField,
    label: string,
    value: string,
    valid: (value: string) => boolean,
    help: string,
    { allowEmpty = false } = {},
  ): TemplateResult {
    const check = (text: string) => (allowEmpty && text === '') || valid(text);
    const invalid = this.fieldError(field, check);
    const id = field === 'scriptUrl' ? 'script' : field === 'exitHref' ? 'exit' : field;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="text"
        spellcheck="false"
        autocomplete="off"
        aria-describedby="${id}-help"
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(this.drafts[field] ?? value)}
        @input=${(event: Event) => this.text(field, (event.target as HTMLInputElement).value, check)}
      />
      <p id="${id}-help" class=${invalid ? 'error' : 'hint'}>${invalid ? html`<strong>Valeur refusée.</strong> ` : nothing}${help}</p>
    </div>`;
  }

  private listOptions(): TemplateResult {
    const config = this.config;
    return html`
      ${this.checkGroup('categories', 'Catégories (aucune : toutes)', categoryChoices())}
      <details class="services" ?open=${config.services.length > 0}>
        <summary>Services (${config.services.length ? `${config.services.length} choisis` : 'tous'})</summary>
        ${this.checkGroup('services', 'Seulement ces services, dans cet ordre', serviceChoices())}
      </details>
      ${this.textField(
        'department',
        'Département (code)',
        config.department,
        (value) => normalizeDepartment(value) === value,
        'Par exemple 35, 2A ou 974 ; vide pour tous. Sert à vos contacts locaux limités à des départements (les services nationaux restent tous affichés) ; le champ apparaît alors aux visiteurs.',
        { allowEmpty: true },
      )}
      <label class="check"
        ><input type="checkbox" id="no-search" .checked=${live(config.noSearch)} @change=${(event: Event) => this.set({ noSearch: (event.target as HTMLInputElement).checked })} />
        Sans champ de recherche</label
      >
      <label class="check"
        ><input type="checkbox" id="no-filters" .checked=${live(config.noFilters)} @change=${(event: Event) => this.set({ noFilters: (event.target as HTMLInputElement).checked })} />
        Sans filtres (catégories, département)</label
      >
    `;
  }

  private cardOptions(): TemplateResult {
    const config = this.config;
    return html`
      <div class="field">
        <label for="service">Service</label>
        <select id="service" @change=${(event: Event) => this.set({ service: (event.target as HTMLSelectElement).value })}>
          ${serviceChoices().map((entry) => html`<option value=${entry.id} ?selected=${config.service === entry.id}>${localize(entry.name, 'fr')}</option>`)}
        </select>
      </div>
      ${this.compactCheck('Version compacte (l’essentiel et « Plus de détails »)')}
    `;
  }

  private finderOptions(): TemplateResult {
    const config = this.config;
    return html`
      <div class="field">
        <label for="start">Première question</label>
        <select id="start" @change=${(event: Event) => this.set({ start: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${config.start === ''}>Le début du questionnaire</option>
          ${startChoices('fr').map(([name, text]) => html`<option value=${name} ?selected=${config.start === name}>${name} : ${text}</option>`)}
        </select>
      </div>
      <label class="check"
        ><input type="checkbox" id="history" .checked=${live(config.history)} @change=${(event: Event) => this.set({ history: (event.target as HTMLInputElement).checked })} />
        Chaque étape dans l’historique du navigateur (Retour revient à la question précédente)</label
      >
    `;
  }

  private emergencyOptions(): TemplateResult {
    return html`
      ${this.checkGroup('lines', 'Lignes d’aide ajoutées', lineChoices())}
      ${this.compactCheck('Version compacte (une bande de numéros)')}
    `;
  }

  private exitOptions(): TemplateResult {
    const config = this.config;
    return html`
      ${this.textField(
        'exitHref',
        'Site neutre où arriver',
        config.exitHref,
        (value) => {
          try {
            return new URL(value).protocol === 'https:';
          } catch {
            return false;
          }
        },
        'Une adresse https:. Par défaut, service-public.gouv.fr.',
      )}
      <label class="check"
        ><input type="checkbox" id="fixed" .checked=${live(config.fixed)} @change=${(event: Event) => this.set({ fixed: (event.target as HTMLInputElement).checked })} />
        Toujours visible dans le coin de la fenêtre</label
      >
    `;
  }

  /** A group of checkboxes for a list setting; ticking adds at the end, so the order of ticking is kept. */
  private checkGroup(
    name: 'categories' | 'services' | 'lines',
    legend: string,
    choices: readonly { id: string; name: Parameters<typeof localize>[0] }[],
  ): TemplateResult {
    const chosen = this.config[name];
    return html`<fieldset class="checks">
      <legend>${legend}</legend>
      ${choices.map(
        (choice) => html`<label
          ><input
            type="checkbox"
            name=${name}
            value=${choice.id}
            .checked=${live(chosen.includes(choice.id))}
            @change=${(event: Event) => this.set({ [name]: this.toggle(chosen, choice.id, (event.target as HTMLInputElement).checked) })}
          />
          ${localize(choice.name, 'fr')}</label
        >`,
      )}
    </fieldset>`;
  }

  private compactCheck(label: string): TemplateResult {
    return html`<label class="check"
      ><input type="checkbox" id="compact" .checked=${live(this.config.compact)} @change=${(event: Event) => this.set({ compact: (event.target as HTMLInputElement).checked })} />
      ${label}</label
    >`;
  }
}

// The configurator page: a form on one side, the live result and the snippet
// on the other; the form's state lives in the URL so a configuration can be
// shared. Rendered with lit-html (no component: a page of plain controls).
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { catalogue, localize } from '../../src/catalogue/catalogue.js';
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
  firstQuestion,
  isFont,
  isScriptUrl,
  lineChoices,
  outcomeChoices,
  reachableThemes,
  serviceChoices,
  snippet,
  startChoices,
  styleRule,
  type Config,
  type ElementTag,
  type Release,
} from './config.js';
import {
  MAX_FORM_CONTACTS,
  blankContact,
  contactVerdicts,
  formOf,
  readContacts,
  withField,
  writeContacts,
  type ContactFieldProblem,
  type ContactForm,
  type ContactRecord,
  type ContactSpot,
} from './contacts.js';
import { CONFIGURATOR_TEXT, type ConfiguratorText, type UiLang } from './text.js';

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
  /** The language of the configurator's own words (not of the element). */
  readonly uiLang?: UiLang;
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
  private readonly uiLang: UiLang;
  private readonly t: ConfiguratorText;
  /** What is typed in a contact's field that the contact keeps in another form (`index-field`). */
  private readonly contactDrafts = new Map<string, string>();
  /** Whether "Edit as JSON" is open. */
  private jsonOpen = false;
  /** Said once in the contacts' live region (a contact removed). */
  private contactsNotice = '';

  constructor(
    private readonly root: HTMLElement,
    options: ConfiguratorOptions,
  ) {
    this.release = options.release;
    this.uiLang = options.uiLang ?? 'fr';
    this.t = CONFIGURATOR_TEXT[this.uiLang];
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
    this.contactsNotice = '';
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
      this.status = what === 'snippet' ? this.t.copied : this.t.linkCopied;
    } catch {
      // No clipboard (permissions, an old browser): select the text for Ctrl+C.
      if (what === 'snippet') {
        const code = this.root.querySelector('#snippet');
        if (code) getSelection()?.selectAllChildren(code);
      }
      this.status = this.t.copyFallback;
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
    // Without a theme, the element reads the page's color-scheme when it connects: the stage stands for the page.
    const scheme = { light: 'light', dark: 'dark', both: 'light dark' }[config.page];
    if (markup === this.previewMarkup && stage.style.colorScheme === scheme) return;
    this.previewMarkup = markup;
    stage.style.colorScheme = scheme;
    // The markup is built from escaped, validated values (config.ts), never from raw input.
    stage.replaceChildren(document.createRange().createContextualFragment(markup));
  }

  private template(): TemplateResult {
    const config = this.config;
    const uses = (...tags: ElementTag[]) => tags.includes(config.element);
    const contacts = contactProblems(config);
    const contrasts = contrastProblems(config);
    const rule = styleRule(config);
    const t = this.t;
    return html`
      ${this.ignored.length ? html`<p class="notice" role="status">${t.ignored(this.ignored.join(', '))}</p>` : nothing}
      <div class="configurator">
        <form class="settings" aria-labelledby="settings-title" @submit=${(event: Event) => event.preventDefault()}>
          <h2 id="settings-title">${t.settings}</h2>
          <fieldset>
            <legend>${t.element}</legend>
            ${ELEMENTS.map(
              (tag) => html`<label class="choice"
                ><input type="radio" name="element" value=${tag} .checked=${live(config.element === tag)} @change=${() => this.set({ element: tag })} />
                <span><strong>${t.elements[tag][0]}</strong> <code>&lt;${tag}&gt;</code><br /><span class="hint">${t.elements[tag][1]}</span></span></label
              >`,
            )}
          </fieldset>

          <fieldset>
            <legend>${t.optionsOf(t.elements[config.element][0])}</legend>
            ${uses('service-list') ? this.listOptions() : nothing} ${uses('service-card') ? this.cardOptions() : nothing}
            ${uses('report-finder') ? this.finderOptions() : nothing} ${uses('emergency-numbers') ? this.emergencyOptions() : nothing}
            ${uses('quick-exit') ? this.exitOptions() : nothing}
            <div class="field">
              <label for="lang">${t.lang}</label>
              <select id="lang" @change=${(event: Event) => this.set({ lang: (event.target as HTMLSelectElement).value as Config['lang'] })}>
                ${t.langs.map(([value, label]) => html`<option value=${value} ?selected=${config.lang === value}>${label}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="theme">${t.theme}</label>
              <select id="theme" @change=${(event: Event) => this.set({ theme: (event.target as HTMLSelectElement).value as Config['theme'] })}>
                ${t.themes.map(([value, label]) => html`<option value=${value} ?selected=${config.theme === value}>${label}</option>`)}
              </select>
            </div>
            ${
              config.theme === ''
                ? html`<div class="field">
                  <label for="page-scheme">${t.page}</label>
                  <select
                    id="page-scheme"
                    aria-describedby="page-scheme-help"
                    @change=${(event: Event) => this.set({ page: (event.target as HTMLSelectElement).value as Config['page'] })}
                  >
                    ${t.pages.map(([value, label]) => html`<option value=${value} ?selected=${config.page === value}>${label}</option>`)}
                  </select>
                  <p id="page-scheme-help" class="hint">${t.pageHelp}</p>
                </div>`
                : nothing
            }
          </fieldset>

          <fieldset>
            <legend>${t.colorsLegend}</legend>
            <p class="hint" id="colors-hint">${t.colorsHint} ${t.contrastChecked(reachableThemes(config))}</p>
            <div class="colors">
              ${COLOR_TOKENS.map(([token, fallback]) => {
                const value = config.colors[token];
                return html`<div class="color">
                  <label for="color-${token}">${t.colors[token]}</label>
                  <input
                    type="color"
                    id="color-${token}"
                    aria-describedby="colors-hint color-${token}-value"
                    .value=${live(value ?? fallback)}
                    @input=${(event: Event) => this.set({ colors: { ...config.colors, [token]: (event.target as HTMLInputElement).value } })}
                  />
                  <span id="color-${token}-value" class="hint">${value ? html`<code>${value}</code>` : t.byDefault}</span>
                  ${
                    value
                      ? html`<button
                        type="button"
                        class="link"
                        aria-label=${t.resetColor(t.colors[token])}
                        @click=${() => {
                          const colors = { ...config.colors };
                          delete colors[token];
                          this.set({ colors });
                          this.root.querySelector<HTMLInputElement>(`#color-${token}`)?.focus();
                        }}
                      >
                        ${t.reset}
                      </button>`
                      : nothing
                  }
                </div>`;
              })}
            </div>
            ${
              contrasts.length
                ? html`<div class="problems" role="status">
                  <p>${t.contrastTitle}</p>
                  <ul>
                    ${contrasts.map(
                      ({ theme, pair: [a, b], ratio, minimum }) =>
                        html`<li>${t.contrastLine(theme, t.colors[a], t.colors[b], ratio, minimum)}</li>`,
                    )}
                  </ul>
                  <p>${t.contrastAdvice}</p>
                </div>`
                : nothing
            }
            ${this.textField('font', t.font, config.font, isFont, t.fontHelp, { allowEmpty: true })}
          </fieldset>

          ${CONTACT_ELEMENTS.includes(config.element) ? this.contactsFieldset(contacts) : nothing}

          <fieldset>
            <legend>${t.fileLegend}</legend>
            ${this.textField(
              'scriptUrl',
              t.scriptLabel(this.release.file),
              config.scriptUrl,
              isScriptUrl,
              t.scriptHelp(this.release.file, this.release.version),
            )}
            <p class="hint">
              ${
                this.release.integrity
                  ? html`${t.integrity(this.release.version)}<code class="integrity">${this.release.integrity}</code>`
                  : html`${t.integrityUnknown[0]}<code>npm run build</code>${t.integrityUnknown[1]}`
              }
            </p>
          </fieldset>
          <div class="copy-bar">
            <button type="button" id="copy-sticky" class="primary" @click=${() => this.onCopy('snippet')}>${t.copy}</button>
            <a href="#snippet-title">${t.toSnippet}</a>
            <span class="copy-bar-status" aria-hidden="true">${this.status}</span>
          </div>
        </form>

        <div class="result">
          <section aria-labelledby="preview-title">
            <h2 id="preview-title">${t.previewTitle}</h2>
            ${config.element === 'quick-exit' ? html`<p class="hint">${t.previewExit}</p>` : nothing}
            ${config.history ? html`<p class="hint">${t.previewHistory}</p>` : nothing}
            <div id="preview-stage" class="preview-stage" @click=${{ handleEvent: this.onPreviewClick, capture: true }}></div>
          </section>
          <section class="snippet" aria-labelledby="snippet-title">
            <h2 id="snippet-title">${t.snippetTitle}</h2>
            <p class="hint">${t.snippetHint}</p>
            <pre tabindex="0" aria-labelledby="snippet-title"><code id="snippet">${this.snippet}</code></pre>
            <div class="actions">
              <button type="button" id="copy" class="primary" @click=${() => this.onCopy('snippet')}>${t.copy}</button>
              <button type="button" id="copy-link" @click=${() => this.onCopy('link')}>${t.copyLink}</button>
            </div>
            <p id="status" role="status" class="status">${this.status}</p>
            ${
              rule
                ? html`<details>
                  <summary>${t.cspSummary[0]}<code>style</code>${t.cspSummary[1]}</summary>
                  <p>${t.cspText[0]}<code>style</code>${t.cspText[1]}</p>
                  <pre tabindex="0" aria-label=${t.cssRule}><code id="style-rule">${rule}</code></pre>
                </details>`
                : nothing
            }
          </section>
        </div>
      </div>
    `;
  }

  /** In the preview, the quick exit's button does not leave the configurator (caught before it reaches the button). */
  private readonly onPreviewClick = (event: Event) => {
    const exitButton = event
      .composedPath()
      .some(
        (node) => node instanceof HTMLElement && node.getAttribute('part') === 'button' && node.localName === 'button',
      );
    if (this.config.element !== 'quick-exit' || !exitButton) return;
    event.preventDefault();
    event.stopPropagation();
    this.status = this.t.previewExitStatus;
    this.update();
  };

  // -------------------------------------------------------------------------
  // Local contacts: a form of contacts, and the same list as JSON

  /** Writes the list edited in the form; the JSON view shows the same text. */
  private setContacts(list: readonly ContactRecord[], notice = ''): void {
    this.set({ contacts: writeContacts(list) });
    this.contactsNotice = notice;
    if (notice) this.update();
  }

  private contactsFieldset(jsonProblems: readonly string[]): TemplateResult {
    const t = this.t;
    const config = this.config;
    const list = readContacts(config.contacts);
    const verdicts = list ? contactVerdicts(list) : [];
    const name = (record: ContactRecord, index: number) => {
      const form = formOf(record);
      return form.name.trim() || form.id.trim() || t.contact(index + 1, '');
    };
    const refused = (list ?? []).flatMap((record, index) => (verdicts[index] ? [name(record, index)] : []));
    const status = list ? [this.contactsNotice, t.contactsStatus(list.length, refused)].filter(Boolean).join(' ') : '';
    const jsonOpen = this.jsonOpen || !list;
    return html`<fieldset class="contacts">
      <legend>${t.contactsLegend}</legend>
      <p class="hint" id="contacts-hint">${t.contactsHint} ${config.element === 'report-finder' ? t.contactsFinderHint : ''}</p>
      ${
        list
          ? html`${list.map((record, index) => this.contactForm(list, record, index, verdicts[index], name(record, index)))}
            <div class="actions">
              <button
                type="button"
                id="contact-add"
                ?disabled=${list.length >= MAX_FORM_CONTACTS}
                @click=${() => {
                  this.contactDrafts.clear();
                  this.setContacts([...list, blankContact()]);
                  this.root.querySelector<HTMLInputElement>(`#contact-${list.length}-id`)?.focus();
                }}
              >
                ${t.addContact}
              </button>
              <button type="button" id="contacts-example" @click=${() => this.replaceContacts(CONTACTS_EXAMPLE)}>${t.contactsExample}</button>
            </div>`
          : html`<p class="error" id="contacts-unreadable">${t.contactsUnreadable}</p>`
      }
      <p id="contacts-status" role="status" class="status-line">${status}</p>
      <details
        id="contacts-json"
        .open=${live(jsonOpen)}
        @toggle=${(event: Event) => {
          this.jsonOpen = (event.target as HTMLDetailsElement).open;
        }}
      >
        <summary>${t.contactsJson}</summary>
        <label for="contacts">${t.contactsLabel}</label>
        <textarea
          id="contacts"
          rows="8"
          spellcheck="false"
          aria-describedby="contacts-hint${jsonProblems.length ? ' contacts-problems' : ''}"
          aria-invalid=${jsonProblems.length ? 'true' : 'false'}
          .value=${live(config.contacts)}
          @input=${(event: Event) => this.replaceContacts((event.target as HTMLTextAreaElement).value.slice(0, 20000))}
        ></textarea>
        ${
          jsonProblems.length
            ? html`<div id="contacts-problems" class="problems">
              <p>${t.contactsRefused}</p>
              <ul>
                ${jsonProblems.slice(0, 10).map((problem) => html`<li>${problem}</li>`)}
              </ul>
            </div>`
            : nothing
        }
      </details>
    </fieldset>`;
  }

  /** The whole list replaced (the JSON view, the example): what was typed in the form is dropped. */
  private replaceContacts(text: string): void {
    this.contactDrafts.clear();
    this.contactsNotice = '';
    this.set({ contacts: text });
  }

  private contactForm(
    list: readonly ContactRecord[],
    record: ContactRecord,
    index: number,
    verdict: ContactFieldProblem | undefined,
    name: string,
  ): TemplateResult {
    const t = this.t;
    const form = formOf(record);
    const id = (field: string) => `contact-${index}-${field}`;
    const problemAt = (spot: ContactSpot) => (verdict?.spot === spot ? verdict : undefined);
    const errorId = (spot: ContactSpot) => (problemAt(spot) ? id(`${spot}-error`) : '');
    const error = (spot: ContactSpot) => {
      const problem = problemAt(spot);
      if (!problem) return nothing;
      const text = spot === 'access' ? t.accessProblem : t.contactProblem(problem.field, problem.message);
      return html`<p class="error" id=${id(`${spot}-error`)}>${text}</p>`;
    };
    const change = <K extends keyof ContactForm>(field: K, value: ContactForm[K]) => {
      const next = list.map((item, at) => (at === index ? withField(item, field, value) : item));
      this.setContacts(next);
    };
    const describedBy = (...ids: string[]) => ids.filter(Boolean).join(' ') || nothing;
    const input = (
      field: 'id' | 'name' | 'phone' | 'phoneDisplay' | 'url' | 'departments',
      spot: ContactSpot,
      options: { type?: string; autocomplete?: string; also?: ContactSpot; ownError?: boolean } = {},
    ) => {
      const [label, hint] = t.contactFields[field];
      const draftKey = `${index}-${field}`;
      const invalid = Boolean(problemAt(spot) || (options.also && problemAt(options.also)));
      return html`<div class="field">
        <label for=${id(field)}>${label}</label>
        <input
          id=${id(field)}
          type=${options.type ?? 'text'}
          spellcheck="false"
          autocomplete=${options.autocomplete ?? 'off'}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy(hint ? id(`${field}-hint`) : '', errorId(spot), options.also ? errorId(options.also) : '')}
          .value=${live(this.contactDrafts.get(draftKey) ?? form[field])}
          @input=${(event: Event) => {
            const value = (event.target as HTMLInputElement).value;
            // What is typed stays as typed (a list of codes being written); the contact takes it read.
            if (field === 'departments') this.contactDrafts.set(draftKey, value);
            change(field, value);
          }}
        />
        ${hint ? html`<p class="hint" id=${id(`${field}-hint`)}>${hint}</p>` : nothing} ${options.ownError === false ? nothing : error(spot)}
      </div>`;
    };
    const checks = (field: 'categories' | 'outcomes', choices: readonly { id: string; label: string }[]) => {
      const chosen = form[field];
      return html`<fieldset class="checks" aria-describedby=${describedBy(errorId(field))}>
        <legend>${t.contactFields[field][0]}</legend>
        ${error(field)}
        ${choices.map(
          (choice) => html`<label
            ><input
              type="checkbox"
              name=${id(field)}
              value=${choice.id}
              .checked=${live(chosen.includes(choice.id))}
              @change=${(event: Event) => change(field, this.toggle(chosen, choice.id, (event.target as HTMLInputElement).checked))}
            />
            ${choice.label}</label
          >`,
        )}
      </fieldset>`;
    };
    const outcomes = outcomeChoices(this.uiLang);
    return html`<fieldset class="contact" id=${id('fieldset')} aria-describedby=${describedBy(errorId('contact'))}>
      <legend>${t.contact(index + 1, form.name.trim() || form.id.trim())}</legend>
      ${error('contact')} ${input('id', 'id')}
      <div class="field">
        <label for=${id('kind')}>${t.contactFields.kind[0]}</label>
        <select
          id=${id('kind')}
          aria-invalid=${problemAt('kind') ? 'true' : 'false'}
          aria-describedby=${describedBy(errorId('kind'))}
          @change=${(event: Event) => change('kind', (event.target as HTMLSelectElement).value)}
        >
          ${form.kind && !catalogue.kinds.some((kind) => kind.id === form.kind) ? html`<option value=${form.kind} selected>${form.kind}</option>` : nothing}
          ${catalogue.kinds.map((kind) => html`<option value=${kind.id} ?selected=${form.kind === kind.id}>${localize(kind.name, this.uiLang)}</option>`)}
        </select>
        ${error('kind')}
      </div>
      ${input('name', 'name', { autocomplete: 'organization' })}
      <div class="field">
        <label for=${id('summary')}>${t.contactFields.summary[0]}</label>
        <textarea
          id=${id('summary')}
          rows="2"
          aria-invalid=${problemAt('summary') ? 'true' : 'false'}
          aria-describedby=${describedBy(id('summary-hint'), errorId('summary'))}
          .value=${live(form.summary)}
          @input=${(event: Event) => change('summary', (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="hint" id=${id('summary-hint')}>${t.contactFields.summary[1]}</p>
        ${error('summary')}
      </div>
      ${input('phone', 'phone', { type: 'tel', also: 'access', ownError: false })} ${input('phoneDisplay', 'phone', { also: 'access' })}
      ${input('url', 'url', { type: 'url', also: 'access' })} ${error('access')}
      ${checks(
        'categories',
        catalogue.categories.map((category) => ({ id: category.id, label: localize(category.name, this.uiLang) })),
      )}
      <details class="outcomes" ?open=${form.outcomes.length > 0 || Boolean(problemAt('outcomes'))}>
        <summary>${t.outcomesSummary(form.outcomes.length)}</summary>
        ${checks('outcomes', outcomes)}
      </details>
      ${input('departments', 'departments')}
      <button
        type="button"
        class="remove"
        aria-label=${t.removeContactNamed(name)}
        @click=${() => {
          this.contactDrafts.clear();
          this.setContacts(
            list.filter((_, at) => at !== index),
            t.contactRemoved(name),
          );
          // Focus goes to the contact now in its place, else the one before, else the button that adds one.
          const next = index < list.length - 1 ? index : index - 1;
          this.root.querySelector<HTMLElement>(next >= 0 ? `#contact-${next}-id` : '#contact-add')?.focus();
        }}
      >
        ${t.removeContact}
      </button>
    </fieldset>`;
  }

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
      <p id="${id}-help" class=${invalid ? 'error' : 'hint'}>${invalid ? html`<strong>${this.t.refused}</strong> ` : nothing}${help}</p>
    </div>`;
  }

  private listOptions(): TemplateResult {
    const config = this.config;
    return html`
      ${this.checkGroup('categories', this.t.categories, categoryChoices())}
      <details class="services" ?open=${config.services.length > 0}>
        <summary>${this.t.servicesSummary(config.services.length)}</summary>
        ${this.checkGroup('services', this.t.servicesLegend, serviceChoices())}
      </details>
      ${this.textField(
        'department',
        this.t.department,
        config.department,
        (value) => normalizeDepartment(value) === value,
        this.t.departmentHelp,
        { allowEmpty: true },
      )}
      <label class="check"
        ><input type="checkbox" id="no-search" .checked=${live(config.noSearch)} @change=${(event: Event) => this.set({ noSearch: (event.target as HTMLInputElement).checked })} />
        ${this.t.noSearch}</label
      >
      <label class="check"
        ><input type="checkbox" id="no-filters" .checked=${live(config.noFilters)} @change=${(event: Event) => this.set({ noFilters: (event.target as HTMLInputElement).checked })} />
        ${this.t.noFilters}</label
      >
    `;
  }

  private cardOptions(): TemplateResult {
    const config = this.config;
    return html`
      <div class="field">
        <label for="service">${this.t.service}</label>
        <select id="service" @change=${(event: Event) => this.set({ service: (event.target as HTMLSelectElement).value })}>
          ${serviceChoices().map((entry) => html`<option value=${entry.id} ?selected=${config.service === entry.id}>${localize(entry.name, this.uiLang)}</option>`)}
        </select>
      </div>
      ${this.compactCheck(this.t.compactCard)}
    `;
  }

  private finderOptions(): TemplateResult {
    const config = this.config;
    return html`
      <div class="field">
        <label for="start">${this.t.start}</label>
        <select id="start" @change=${(event: Event) => this.set({ start: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${config.start === ''}>${this.t.startDefault(firstQuestion(this.uiLang))}</option>
          ${startChoices(this.uiLang, this.t.startEverything).map(
            ({ name, purpose, question }) =>
              html`<option value=${name} ?selected=${config.start === name}>${this.t.startChoice(purpose, question)}</option>`,
          )}
        </select>
      </div>
      <label class="check"
        ><input type="checkbox" id="history" .checked=${live(config.history)} @change=${(event: Event) => this.set({ history: (event.target as HTMLInputElement).checked })} />
        ${this.t.history}</label
      >
    `;
  }

  private emergencyOptions(): TemplateResult {
    return html`
      ${this.checkGroup('lines', this.t.lines, lineChoices())}
      ${this.compactCheck(this.t.compactNumbers)}
    `;
  }

  private exitOptions(): TemplateResult {
    const config = this.config;
    return html`
      ${this.textField(
        'exitHref',
        this.t.exitHref,
        config.exitHref,
        (value) => {
          try {
            return new URL(value).protocol === 'https:';
          } catch {
            return false;
          }
        },
        this.t.exitHrefHelp,
      )}
      <label class="check"
        ><input type="checkbox" id="fixed" .checked=${live(config.fixed)} @change=${(event: Event) => this.set({ fixed: (event.target as HTMLInputElement).checked })} />
        ${this.t.fixed}</label
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
          ${localize(choice.name, this.uiLang)}</label
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

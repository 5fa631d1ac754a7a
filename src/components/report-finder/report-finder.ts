import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { str } from '../../i18n/str.js';
import { isPackLocale, type Locale } from '../../i18n/locales.js';
import { catalogue as builtInCatalogue, getService, getServiceIds, localize } from '../../catalogue/catalogue.js';
import type { CatalogueData, ServiceEntry } from '../../catalogue/types.js';
import { finder as builtInFinder } from '../../finder/finder.js';
import { CONTINUE, decodeAnswers, encodeAnswers, resolveStart, walk, type FinderState } from '../../finder/engine.js';
import { checkFinder, formatFinderProblem } from '../../finder/check.js';
import { outcomeActions, type ResolvedAction } from '../../finder/actions.js';
import type { FinderAnswer, FinderData, FinderOutcome, FinderQuestion } from '../../finder/types.js';
import { GuichetFinderOutcomeEvent } from '../../events/finder-outcome.js';
import { GuichetFinderStepEvent } from '../../events/finder-step.js';
import { GuichetLinkFollowEvent } from '../../events/link-follow.js';
import { warnOnce, type ConsoleLevel } from '../../console.js';
import { hostStyles } from '../../styles/host.styles.js';
import { controlStyles } from '../../styles/control.styles.js';
import { LinkingElement } from '../shared/headed-element.js';
import { renderSection, renderTextList } from '../shared/blocks.js';
import { localContactsSource, renderLocalNotice, type LocalContactsSource } from '../shared/local-contacts.js';
import {
  callLabel,
  phoneDetails,
  renderDomain,
  renderLanguageNotice,
  phoneDisplays,
  renderWithNumbers,
  smsLabel,
} from '../shared/contact-links.js';
import { renderHeading } from '../shared/heading.js';
import { localizeMarked, markFrench } from '../shared/french-names.js';
import { renderCardItem } from '../shared/nested.js';
import { ownTag } from '../shared/own-tag.js';
import { ServiceCard } from '../service-card/service-card.js';
import { ServiceList } from '../service-list/service-list.js';
import { EmergencyNumbers } from '../emergency-numbers/emergency-numbers.js';
import { HashHistoryController } from './hash-history.js';
import { OutcomeDisclosuresController, type Disclosure } from './outcome-disclosures.js';
import { reportFinderStyles } from './report-finder.styles.js';
import { stretchToReveal, type Stretch } from './step-in-view.js';
// Its English messages (src/generated/english/, left out of the drop-in, which is French only).
import '../../generated/english/report-finder.js';

type TreeSource = { readonly data: FinderData; readonly problems: readonly string[] };

function report(key: string, message: string, level: ConsoleLevel = 'warn'): void {
  warnOnce(`<report-finder>: ${message}`, { key: `<report-finder> ${key}`, level });
}

// CSS parts and custom properties: listed once in src/styles/tokens.json (the
// manifest and the docs are generated from that list).
/**
 * A few plain questions that lead a person to the right official service,
 * with the emergency numbers (an `<emergency-numbers variant="compact">`) at
 * the top of every step. A result shows its first steps and one main button
 * labelled by what it does; the rest is in disclosures. The questions are
 * data (`data/finder.json`); the element knows no service.
 *
 * @tagname report-finder
 * @summary Plain questions that lead to the right official service.
 *
 * @fires {GuichetFinderStepEvent} guichet-finder-step - The visitor answered a question. `detail`: `{ questionId, optionId, step }`.
 * @fires {GuichetFinderOutcomeEvent} guichet-finder-outcome - The answers led to an outcome. `detail`: `{ outcomeId, serviceIds }`.
 * @fires {GuichetLinkFollowEvent} guichet-link-follow - A link to an official service was followed (from the cards or the emergency numbers). `detail`: `{ serviceId, channel, href }`.
 * @fires {GuichetServiceSelectEvent} guichet-service-select - The visitor opened the entry suggested instead, in a card. `detail`: `{ serviceId, fromServiceId }`.
 *
 * @attr heading-level - Level of the question and outcome headings (1–6); the cards and sections use the next levels. By default, one below the nearest heading before the element in the page (2 when there is none).
 * @prop headingLevel - Level of the question and outcome headings (1–6); the cards and sections use the next levels. By default, one below the nearest heading before the element in the page (2 when there is none).
 * @attr strings - Replacements for UI strings, by message id, passed on to the cards too. Also settable as a JSON attribute.
 * @prop strings - Replacements for UI strings, by message id, passed on to the cards too. Also settable as a JSON attribute.
 */
export class ReportFinder extends LinkingElement {
  static override styles = [hostStyles, controlStyles, reportFinderStyles];

  private readonly hashHistory = new HashHistoryController(this, (value, fromNavigation) =>
    this.restoreAnswers(value, fromNavigation),
  );
  private readonly disclosures = new OutcomeDisclosuresController(this, () => this.answers);
  private focusHeadingAfterUpdate = false;
  /** The language the step was last shown in: a change brings the step into view again. */
  private shownLocale?: Locale;
  private cachedSource?: { key: unknown; source: TreeSource };

  @state() private catalogueShown = false;
  /** What the live region says after a change. */

  /** Question to start from: a question id or an entry point (`what`, `theft`, `lost`, `scam`, `card`, `identity`, `content`, `violence`, `domestic`, `harassment`, `missing`, `report`, `procedure`, `online`, `organisation`, `after`). */
  @property({ reflect: true }) start = '';

  /** Record each step as a browser history entry (URL hash), so Back steps back and a shared link reopens the same step. */
  @property({ type: Boolean }) history = false;

  /**
   * The answers given so far, in order (`{ questionId, optionId }`); set it to
   * restore a path. Answers that do not fit the tree are dropped.
   */
  @property({ attribute: false }) answers: FinderAnswer[] = [];

  /**
   * Local contacts (as for `<service-list>`); those whose `outcomes` name an
   * outcome appear with it, under "Near you". Also readable from a child
   * `<script type="application/json" data-contacts>`.
   */
  @property({ attribute: false }) contacts: unknown = undefined;

  private localCache?: LocalContactsSource;

  // Derived once per update, in willUpdate (derive()), from the tree, `start`, the answers and the
  // local contacts; read by the render and the handlers.
  /** The catalogue with this finder's local contacts. */
  private catalogueData: CatalogueData = builtInCatalogue;
  /** The tree in use and its problems (none for the built-in tree). */
  private source: TreeSource = { data: builtInFinder, problems: [] };
  /** The question the finder starts from (`start` resolved in the tree). */
  private startQuestionId = '';
  /** Where the answers lead. */
  private state!: FinderState;

  /**
   * A decision tree to use instead of the built-in one (same shape as
   * `data/finder.json`, every text in French and English). Also readable from
   * a child `<script type="application/json">`. An invalid tree is refused
   * (each question and outcome is read against `data/finder.schema.json`,
   * then checked beyond it): the element then shows the whole catalogue and
   * the emergency numbers.
   */
  @property({ attribute: false }) tree: unknown = undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('start') || changed.has('tree')) && this.hasUpdated) {
      this.answers = [];
      this.catalogueShown = false;
    }
    this.derive();
  }

  /**
   * Reads the local contacts and the tree (each parsed, checked and reported once per change of
   * its input), resolves `start` and walks the answers (once per change of them, see walkAnswers).
   */
  private derive(): void {
    this.localCache = localContactsSource(this, this.contacts, this.localCache, 'report-finder');
    this.catalogueData = this.localCache.data;
    this.source = this.readSource();
    const resolved = resolveStart(this.source.data, this.start);
    if (!resolved.known)
      report(`start:${this.start}`, `unknown start "${this.start}"; starting from the first question.`);
    this.startQuestionId = resolved.questionId;
    this.state = this.walkAnswers(this.answers);
  }

  protected override updated(): void {
    const locale = this.i18n.locale;
    const languageChanged = this.shownLocale !== undefined && this.shownLocale !== locale;
    this.shownLocale = locale;
    if (this.focusHeadingAfterUpdate) {
      this.focusHeadingAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus({ preventScroll: true });
      void this.revealStep();
    } else if (languageChanged && this.answers.length) {
      // Texts of another length move the main button: keep it in view (the focus stays where it is).
      void this.revealStep();
    }
  }

  /**
   * Brings the step into view on any host page: its heading and, on a result,
   * its main button (on a question, the first answer) fully visible and clear
   * of a fixed `<quick-exit>` (which publishes its height as
   * `--guichet-quick-exit-block-size`, read here through the heading's scroll
   * margin), with the emergency numbers above them whenever they fit together.
   * Nothing moves when all that is already in view; the page scrolls smoothly
   * only when the reader allows motion.
   */
  private async revealStep(): Promise<void> {
    // The emergency strip and the cards render after this element: measure once they have.
    const strip = this.renderRoot.querySelector<EmergencyNumbers>('[part="finder"] > .numbers');
    await strip?.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#step-heading');
    const frame = this.renderRoot.querySelector<HTMLElement>('[part="finder"]');
    if (!heading || !frame || !heading.isConnected) return;
    const target =
      this.renderRoot.querySelector<HTMLElement>('[part="actions"] > a') ??
      this.renderRoot.querySelector<HTMLElement>('[part="option"]') ??
      heading;
    const headingBox = heading.getBoundingClientRect();
    const bottom = Math.max(headingBox.bottom, target.getBoundingClientRect().bottom);
    const stretches: Stretch<HTMLElement>[] = [
      { anchor: frame, top: frame.getBoundingClientRect().top, bottom },
      { anchor: heading, top: headingBox.top, bottom },
    ];
    const band = { top: parseFloat(getComputedStyle(heading).scrollMarginBlockStart) || 0, bottom: window.innerHeight };
    const stretch = stretchToReveal(stretches, band);
    if (!stretch) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    stretch.anchor.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  }

  /** The tree in use and its problems: `tree`, else a child JSON script, else the built-in tree; checked once per input. */
  private readSource(): TreeSource {
    const script = this.querySelector(':scope > script[type="application/json"]:not([data-contacts])');
    const key = this.tree ?? script?.textContent ?? builtInFinder;
    if (this.cachedSource?.key === key) return this.cachedSource.source;
    let source: TreeSource;
    if (key === builtInFinder) {
      source = { data: builtInFinder, problems: [] };
    } else {
      let parsed: unknown = this.tree;
      let problems: string[] = [];
      if (parsed === undefined) {
        try {
          parsed = JSON.parse(String(key));
        } catch (error) {
          problems = [`the JSON is not valid: ${(error as Error).message}`];
        }
      }
      if (problems.length === 0)
        problems = checkFinder(parsed, { serviceIds: getServiceIds(), catalogue: builtInCatalogue }).map(
          formatFinderProblem,
        );
      source = { data: problems.length ? builtInFinder : (parsed as FinderData), problems };
      if (problems.length)
        report(`tree:${problems.join()}`, `the decision tree was refused:\n  ${problems.join('\n  ')}`, 'error');
    }
    this.cachedSource = { key, source };
    return source;
  }

  private walked?: { data: FinderData; start: string; answers: string; state: FinderState };

  /**
   * Where `answers` lead in the tree in use: walked once per change of the answers (or of the tree
   * or start), shared by the answer's handler and the next update.
   */
  private walkAnswers(answers: readonly FinderAnswer[]): FinderState {
    const data = this.source.data;
    const start = this.startQuestionId;
    // The answers by value: a page may change the array in place and ask for an update.
    const key = answers.map((answer) => `${answer.questionId} ${answer.optionId}`).join('\n');
    const walked = this.walked;
    if (walked && walked.data === data && walked.start === start && walked.answers === key) return walked.state;
    const state = walk(data, start, answers);
    this.walked = { data, start, answers: key, state };
    return state;
  }

  /** The answers read from the URL hash (see HashHistoryController). */
  private restoreAnswers(encoded: string, fromNavigation: boolean): void {
    // Called when the page's address changes, perhaps before the first update: read the tree now.
    this.derive();
    const answers = decodeAnswers(this.source.data, this.startQuestionId, encoded);
    if (encodeAnswers(answers) === encodeAnswers(this.answers)) return;
    this.answers = answers;
    this.catalogueShown = false;
    if (fromNavigation) this.afterChange();
  }

  /**
   * After a change of step: the focus moves to the new question's or result's heading, which a
   * screen reader speaks with its level; nothing else announces it (a live region saying it again
   * made Orca speak each step twice).
   */
  private afterChange(): void {
    this.focusHeadingAfterUpdate = true;
  }

  private choose(questionId: string, optionId: string): void {
    const current = this.state;
    this.answers = [...current.answers, { questionId, optionId }];
    this.catalogueShown = false;
    // Walked once: the update reuses it.
    const next = this.walkAnswers(this.answers);
    this.hashHistory.push(encodeAnswers(this.answers));
    this.afterChange();
    this.dispatchEvent(new GuichetFinderStepEvent({ questionId, optionId, step: current.step }));
    if (next.position.kind === 'outcome') {
      const { outcome } = next.position;
      this.dispatchEvent(
        new GuichetFinderOutcomeEvent({
          outcomeId: outcome.id,
          serviceIds: [...outcome.services, ...(outcome.alternatives ?? [])],
        }),
      );
    }
  }

  /** Shows the whole catalogue in place of the button that asked for it, and moves the focus, lost with the button, to its heading. */
  private async showCatalogue(): Promise<void> {
    this.catalogueShown = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#catalogue-heading')?.focus();
  }

  /** Moves the focus to the current question or result (its heading). */
  override focus(options?: FocusOptions): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#step-heading');
    if (heading) heading.focus(options);
    else super.focus(options);
  }

  /** Goes back one answer. */
  back(): void {
    if (this.answers.length === 0) return;
    this.goTo(this.answers.length - 1);
  }

  /** Starts again from the first question. */
  restart(): void {
    this.goTo(0);
  }

  /** Keeps the first `count` answers. */
  private goTo(count: number): void {
    this.answers = this.answers.slice(0, count);
    this.catalogueShown = false;
    this.hashHistory.push(encodeAnswers(this.answers));
    this.afterChange();
  }

  protected override renderContent(): TemplateResult {
    const { locale, msg } = this.i18n;
    const { data, problems } = this.source;
    if (problems.length) {
      return html`<section class="finder" part="finder">
        ${this.renderStrip(data.emergency)}
        <p class="notice" part="notice" role="note">
          ${msg(str`Le questionnaire fourni n'est pas valide (${problems[0]}). Voici tous les services.`, { id: 'finder.invalidTree' })}
        </p>
        ${this.renderCatalogue(this.headings.level)}
      </section>`;
    }
    const state = this.state;
    const unknownStart = this.start.trim() !== '' && !resolveStart(data, this.start).known;
    const actions = state.position.kind === 'outcome' ? outcomeActions(state.position.outcome, this.catalogueData) : [];
    // A result whose own buttons call an emergency number does not show that number twice.
    const numbers = this.sameNumbers(
      data.emergency.filter(
        (id) =>
          !actions.some(
            (action) => action.serviceId === id && (action.channel === 'phone' || action.channel === 'sms'),
          ),
      ),
    );
    return html`<section class="finder" part="finder" aria-labelledby="step-heading">
      ${renderLanguageNotice(this.i18n.unsupportedOwnLanguage, msg)}
      ${
        unknownStart
          ? html`<p class="notice" part="notice">
            ${msg(str`Point de départ « ${this.start} » inconnu : le questionnaire commence au début.`, { id: 'finder.unknownStart' })}
          </p>`
          : nothing
      }
      ${numbers.length ? this.renderStrip(numbers) : nothing}
      ${renderLocalNotice(this.localCache, msg)}
      <div class="step">
        ${
          state.position.kind === 'question'
            ? this.renderQuestion(state, state.position.question, locale)
            : this.renderOutcome(state.position.outcome, actions, locale)
        }
        ${this.renderTrail(state, locale)} ${this.renderNav(state)}
      </div>
    </section>`;
  }

  private shownNumbers: readonly string[] = [];

  /** The strip's numbers, the same array while they stay the same: the strip is not rendered again at each step. */
  private sameNumbers(numbers: readonly string[]): readonly string[] {
    const same =
      numbers.length === this.shownNumbers.length && numbers.every((id, index) => id === this.shownNumbers[index]);
    if (!same) this.shownNumbers = numbers;
    return this.shownNumbers;
  }

  /** The emergency numbers at the top of every step. */
  private renderStrip(numbers: readonly string[]): TemplateResult {
    const numbersTag = ownTag('emergency-numbers', EmergencyNumbers);
    return staticHtml`<${numbersTag}
      class="numbers"
      variant="compact"
      .numbers=${numbers}
      .theme=${this.scheme.theme}
      .strings=${this.strings}
    ></${numbersTag}>`;
  }

  private renderTrail(state: FinderState, locale: Locale): TemplateResult | typeof nothing {
    const { msg } = this.i18n;
    if (state.path.length === 0) return nothing;
    // Index of each question's answer in the answers list (outcomes continued from take a slot too).
    let answerIndex = 0;
    const items = state.answers.map((answer) => {
      const index = answerIndex++;
      const step = state.path.find((candidate) => candidate.question.id === answer.questionId);
      if (!step) return nothing;
      return html`<li>
        <button class="link-button" type="button" @click=${() => this.goTo(index)}>
          <span class="visually-hidden">${msg('Revenir à la question :', { id: 'finder.trailGoTo' })}</span>
          ${localizeMarked(step.question.text, locale)} — <strong>${localizeMarked(step.option.label, locale)}</strong>
        </button>
      </li>`;
    });
    return html`<nav class="trail" aria-labelledby="trail-title">
      <p class="trail-title" id="trail-title">${msg('Vos réponses', { id: 'finder.trail' })}</p>
      <ol>
        ${items}
      </ol>
    </nav>`;
  }

  private renderNav(state: FinderState): TemplateResult | typeof nothing {
    const { msg } = this.i18n;
    if (state.answers.length === 0) return nothing;
    return html`<div class="nav">
      <button class="button" type="button" @click=${this.back}>
        <span class="arrow" aria-hidden="true">←</span> ${msg('Question précédente', { id: 'finder.back' })}
      </button>
      <button class="button" type="button" @click=${this.restart}>
        ${msg('Recommencer', { id: 'finder.restart' })}
      </button>
    </div>`;
  }

  private renderQuestion(state: FinderState, question: FinderQuestion, locale: Locale): TemplateResult {
    const { msg } = this.i18n;
    const level = this.headings.level;
    return html`<p class="progress">${msg(str`Question ${state.step}`, { id: 'finder.progress' })}</p>
      ${renderHeading(level, localizeMarked(question.text, locale), { id: 'step-heading', className: 'step-heading', part: 'question', focusable: true })}
      ${question.help ? html`<p class="help" id="question-help">${localizeMarked(question.help, locale)}</p>` : nothing}
      <ul class="options" role="list" aria-labelledby="step-heading" aria-describedby=${question.help ? 'question-help' : nothing}>
        ${question.options.map(
          (option) =>
            html`<li>
              <button class="option" part="option" type="button" @click=${() => this.choose(question.id, option.id)}>
                ${localizeMarked(option.label, locale)}
                ${option.help ? html`<span class="option-help">${localizeMarked(option.help, locale)}</span>` : nothing}
              </button>
            </li>`,
        )}
      </ul>`;
  }

  private renderCards(ids: readonly string[], variant: 'full' | 'compact', level: number): TemplateResult {
    const data = this.catalogueData;
    const cardTag = ownTag('service-card', ServiceCard);
    const passed = this.passedOn;
    return html`<ul class="cards">
      ${ids.filter((id) => getService(id, data)).map((id) => renderCardItem(cardTag, passed, { service: id, variant, level, data }))}
    </ul>`;
  }

  /**
   * A result: what to do first (title, summary, numbered first steps), the main
   * button, the way on when the result continues, the disclosures, the whole
   * catalogue on request (the answers so far follow, as after a question).
   */
  private renderOutcome(outcome: FinderOutcome, actions: readonly ResolvedAction[], locale: Locale): TemplateResult {
    const level = this.headings.level;
    const subLevel = Math.min(6, level + 1);
    return html`${this.renderOutcomeHead(outcome, locale, level)} ${this.renderMainActions(actions, locale)} ${this.renderContinue(outcome)}
      ${this.disclosures.render(this.outcomeDisclosures(outcome, locale, subLevel))} ${this.renderCatalogueOffer(outcome, subLevel)}`;
  }

  /** The result's heading, its summary and its numbered first steps. */
  private renderOutcomeHead(outcome: FinderOutcome, locale: Locale, level: number): TemplateResult {
    const { msg } = this.i18n;
    const steps = outcome.steps ?? [];
    return html`<p class="progress">${msg('Résultat', { id: 'finder.result' })}</p>
      ${renderHeading(level, localizeMarked(outcome.title, locale), { id: 'step-heading', className: 'step-heading', part: 'outcome', focusable: true })}
      ${outcome.summary ? html`<p class="summary">${localizeMarked(outcome.summary, locale)}</p>` : nothing}
      ${
        isPackLocale(locale)
          ? html`<p class="in-french">
              ${msg(
                'Les services officiels sont en français : leur nom en français est indiqué pour que vous les reconnaissiez.',
                {
                  id: 'finder.frenchServices',
                },
              )}
            </p>`
          : nothing
      }
      ${
        steps.length
          ? html`<ol class="first-steps" part="steps" aria-label=${msg('Premières étapes', { id: 'finder.steps' })}>
            ${steps.map((step) => html`<li>${localizeMarked(step.text, locale)}</li>`)}
          </ol>`
          : nothing
      }`;
  }

  /** The way on from a result that continues with more questions. */
  private renderContinue(outcome: FinderOutcome): TemplateResult | typeof nothing {
    const { msg } = this.i18n;
    if (!outcome.continueTo) return nothing;
    return html`<div>
      <button class="button" type="button" @click=${() => this.choose(outcome.id, CONTINUE)}>
        ${msg('Continuer : dire ce qui s’est passé', { id: 'finder.continue' })}
      </button>
    </div>`;
  }

  /** The whole catalogue, shown when the result asks for it or the visitor does. */
  private renderCatalogueOffer(outcome: FinderOutcome, level: number): TemplateResult {
    const { msg } = this.i18n;
    if (outcome.showCatalogue || this.catalogueShown)
      return renderSection(level, msg('Tous les services', { id: 'finder.catalogue' }), this.renderCatalogue(), {
        id: 'catalogue-heading',
        focusable: true,
      });
    return html`<div>
      <button class="link-button" type="button" @click=${this.showCatalogue}>
        ${msg('Ma situation n’est pas là : voir tous les services', { id: 'finder.showCatalogue' })}
      </button>
    </div>`;
  }

  /** The outcome's main button, labelled by what it does, and the calls or chats beside it. */
  private renderMainActions(actions: readonly ResolvedAction[], locale: Locale): TemplateResult | typeof nothing {
    const data = this.catalogueData;
    if (!actions.length) return nothing;
    return html`<div class="main-actions" part="actions">
      ${actions.map((action, index) => this.renderMainAction(action, getService(action.serviceId, data)!, index === 0, locale))}
    </div>`;
  }

  private renderMainAction(
    action: ResolvedAction,
    service: ServiceEntry,
    first: boolean,
    locale: Locale,
  ): TemplateResult {
    const { msg } = this.i18n;
    const { target, note } = this.linkTarget();
    const web = action.channel === 'website' || action.channel === 'chat';
    const style = !first ? '' : service.kind === 'emergency-number' ? 'danger' : 'primary';
    const under = action.phone ? phoneDetails(action.phone, locale, msg) : renderDomain(action.href);
    return html`<a
      class="button main-action ${style}"
      href=${action.href}
      data-service=${service.id}
      data-channel=${action.channel}
      target=${web ? target : nothing}
      rel=${web ? 'noopener noreferrer' : nothing}
      @click=${() => this.dispatchEvent(new GuichetLinkFollowEvent({ serviceId: service.id, channel: action.channel, href: action.href }))}
      ><span class="action-label">${
        action.phone
          ? renderWithNumbers(this.actionLabel(action, service, locale), phoneDisplays(service), locale)
          : markFrench(this.actionLabel(action, service, locale), locale)
      }</span>${
        under
          ? html`<span class="action-detail">${typeof under === 'string' ? renderWithNumbers(under, phoneDisplays(service), locale) : under}</span>`
          : nothing
      }${web ? note : nothing}</a
    >`;
  }

  private actionLabel(action: ResolvedAction, service: ServiceEntry, locale: Locale): string {
    const { msg } = this.i18n;
    if (action.label) return localize(action.label, locale);
    const name = localize(service.shortName ?? service.name, locale);
    switch (action.channel) {
      case 'phone':
        return callLabel(action.phone!, locale, msg);
      case 'sms':
        return smsLabel(action.phone!, locale, msg);
      case 'chat':
        return msg(str`Ouvrir le tchat : ${name}`, { id: 'finder.openChat' });
      case 'website':
        return msg(str`Ouvrir le site : ${name}`, { id: 'finder.openSite' });
    }
  }

  /**
   * Everything after the main action, one tap away: the full cards, the
   * site's own contacts, advice, what to prepare, other options, help lines
   * (see OutcomeDisclosuresController).
   */
  private outcomeDisclosures(outcome: FinderOutcome, locale: Locale, cardLevel: number): Disclosure[] {
    const { msg } = this.i18n;
    const data = this.catalogueData;
    const shown = new Set([...outcome.services, ...(outcome.alternatives ?? [])]);
    const helpLines = (outcome.helpLines ?? []).filter((id) => !shown.has(id) && getService(id, data));
    const alternatives = (outcome.alternatives ?? []).filter((id) => getService(id, data));
    const local = data.services.filter((service) => service.local && service.outcomes?.includes(outcome.id));
    const first = getService(outcome.services[0], data);
    const disclosures: Disclosure[] = [
      {
        key: 'services',
        title:
          outcome.services.length > 1 || !first
            ? msg('Tout savoir sur ces services', { id: 'finder.aboutMany' })
            : markFrench(
                msg(str`Tout savoir sur ${localize(first.shortName ?? first.name, locale)}`, { id: 'finder.aboutOne' }),
                locale,
              ),
        content: () => this.renderCards(outcome.services, 'full', cardLevel),
      },
    ];
    if (local.length) {
      disclosures.push({
        key: 'local',
        title: msg(str`Près de chez vous (${local.length})`, { id: 'finder.nearYou' }),
        content: () =>
          this.renderCards(
            local.map((service) => service.id),
            'compact',
            cardLevel,
          ),
      });
    }
    const { advice, prepare } = outcome;
    if (advice?.length)
      disclosures.push({
        key: 'advice',
        title: msg('Conseils', { id: 'finder.advice' }),
        content: () => renderTextList(advice, locale),
      });
    if (prepare?.length)
      disclosures.push({
        key: 'prepare',
        title: msg('À préparer', { id: 'finder.prepare' }),
        content: () => renderTextList(prepare, locale),
      });
    if (alternatives.length) {
      disclosures.push({
        key: 'alternatives',
        title: msg(str`Autres possibilités (${alternatives.length})`, { id: 'finder.alternatives' }),
        content: () => this.renderCards(alternatives, 'compact', cardLevel),
      });
    }
    if (helpLines.length) {
      disclosures.push({
        key: 'help',
        title: msg(str`Pour être aidé (${helpLines.length})`, { id: 'finder.helpLines' }),
        content: () => this.renderCards(helpLines, 'compact', cardLevel),
      });
    }
    return disclosures;
  }

  /** The catalogue's cards at `cardLevel`: under the result's "All services" section, or at the finder's own level when the tree was refused (no heading above them). */
  private renderCatalogue(cardLevel = this.headings.level + 2): TemplateResult {
    const listTag = ownTag('service-list', ServiceList);
    const { theme, newWindow, strings } = this.passedOn;
    return staticHtml`<${listTag}
      .headingLevel=${Math.min(6, cardLevel)}
      .theme=${theme}
      ?new-window=${newWindow}
      .strings=${strings}
      .contacts=${this.catalogueData.services.filter((service) => service.local)}
    ></${listTag}>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'report-finder': ReportFinder;
  }
}

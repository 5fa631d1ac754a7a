// The dates the data's perishable facts were checked: every phone number (and its
// cost), every entry's hours (its hours, its hours note, and any hours written in
// its texts), every result of the finder (its numbers, hours and conditions).
// `npm run check:data` refuses a fact without its date, and warns when a date is
// older than twelve months: a number or an hour nobody has looked at for a year
// may have changed (3977 became 3133 in 2026).

/** Hours written in a text: "9 h", "18 h 30", "24 h/24", "7 j/7", "9 am". */
const HOURS_IN_TEXT = /\b\d{1,2} ?h(?: ?\d{2})?\b|\b\d{1,2} ?j ?\/ ?7\b|\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b/i;

/** Every French and English text of an entry, its maintainers' notes left out. */
function entryTexts(service) {
  const texts = [];
  const walk = (value, key) => {
    if (key === 'reviewNotes' || key === 'maintainerSources' || key === 'sources') return;
    if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (value && typeof value === 'object') {
      if (typeof value.fr === 'string') texts.push(value.fr, value.en ?? '');
      else for (const [child, item] of Object.entries(value)) walk(item, child);
    }
  };
  walk(service);
  return texts;
}

/** Each dated fact: where it is, what it is, and its date (undefined when missing). */
export function factDates(catalogue, finder) {
  const facts = [];
  for (const service of catalogue.services ?? []) {
    (service.access?.phones ?? []).forEach((phone, index) =>
      facts.push({
        at: `${service.id}: access.phones[${index}] (${phone.display})`,
        what: 'phone',
        date: phone.checked,
      }),
    );
    const hoursInText = entryTexts(service).some((text) => HOURS_IN_TEXT.test(text));
    if (service.hours || service.hoursNote || hoursInText)
      facts.push({ at: `${service.id}: hoursChecked`, what: 'hours', date: service.hoursChecked });
  }
  for (const outcome of finder?.outcomes ?? [])
    facts.push({ at: `outcome ${outcome.id}: checked`, what: 'result', date: outcome.checked });
  return facts;
}

/** Facts without a valid date, or dated after today. */
export function undatedFacts(facts, today) {
  return facts
    .filter((fact) => !/^\d{4}-\d{2}-\d{2}$/.test(fact.date ?? '') || fact.date > today)
    .map((fact) =>
      fact.date === undefined
        ? `${fact.at}: no date: give the date it was checked (YYYY-MM-DD)`
        : `${fact.at}: "${fact.date}" is not a date checked (YYYY-MM-DD, not after today)`,
    );
}

/** Facts last checked more than `months` months before `today` (both `YYYY-MM-DD`). */
export function staleFacts(facts, today, months = 12) {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  const cutoff = limit.toISOString().slice(0, 10);
  return facts.filter((fact) => /^\d{4}-\d{2}-\d{2}$/.test(fact.date ?? '') && fact.date < cutoff);
}

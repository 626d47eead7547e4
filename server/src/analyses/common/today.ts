// "Today" for the analyses: a programme whose endDate is before today is no route and does not
// compete. Dates are ISO days (YYYY-MM-DD) compared as strings, in the French time zone.

const FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Paris, e.g. "2026-11-30". */
export const today = (now: Date = new Date()) => FORMAT.format(now);

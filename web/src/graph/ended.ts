// Ended programmes, as the analyses say (server: analyses/common/today.ts): the endDate is before
// today in Paris. They stay in the cartography, visibly ended, and out of the analyses.
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

export const isEnded = (endDate: string | null | undefined, now: Date = new Date()) => !!endDate && endDate < PARIS_DAY.format(now);

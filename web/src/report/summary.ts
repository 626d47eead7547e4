// The context of a domain, computed from the cartography: which barriers of the domain are lifted
// by how many actors (directly or through a programme they operate), and the strengths and
// weaknesses that follow (SPEC "The report").

export interface DomainInput {
  domains: readonly { id: string; label: string }[];
  barriers: readonly { id: string; label: string; domains: readonly { id: string }[] }[];
  actors: readonly { id: string; addresses: readonly { id: string }[]; programmes: readonly { id: string }[] }[];
  programmes: readonly { id: string; addresses: readonly { id: string }[]; domains: readonly { id: string }[] }[];
  /** white zones: territory × barrier with no actor covering it and nobody reached */
  whiteZones: readonly { barrierId: string }[];
}

export interface DomainContext {
  id: string;
  label: string;
  actorCount: number;
  programmeCount: number;
  barriers: { id: string; label: string; actors: number; programmes: number; whiteZones: number }[];
  strengths: string[];
  weaknesses: string[];
}

/** A barrier is well covered from this many actors on. */
export const WELL_COVERED = 3;

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function domainContexts(input: DomainInput): DomainContext[] {
  const progAddresses = new Map(input.programmes.map((p) => [p.id, new Set(p.addresses.map((b) => b.id))]));
  const actorsOf = (barrierId: string) =>
    input.actors.filter((a) => a.addresses.some((b) => b.id === barrierId) || a.programmes.some((p) => progAddresses.get(p.id)?.has(barrierId))).length;
  const programmesOf = (barrierId: string) => input.programmes.filter((p) => p.addresses.some((b) => b.id === barrierId)).length;
  return input.domains.map((d) => {
    const barriers = input.barriers
      .filter((b) => b.domains.some((x) => x.id === d.id))
      .map((b) => ({
        id: b.id,
        label: b.label,
        actors: actorsOf(b.id),
        programmes: programmesOf(b.id),
        whiteZones: input.whiteZones.filter((w) => w.barrierId === b.id).length,
      }));
    const ids = new Set(barriers.map((b) => b.id));
    const actorCount = input.actors.filter(
      (a) => a.addresses.some((b) => ids.has(b.id)) || a.programmes.some((p) => [...(progAddresses.get(p.id) ?? [])].some((b) => ids.has(b))),
    ).length;
    const programmeCount = input.programmes.filter((p) => p.domains.some((x) => x.id === d.id) || p.addresses.some((b) => ids.has(b.id))).length;
    const strengths: string[] = [];
    const weaknesses: string[] = [];
    for (const b of barriers) {
      if (b.actors >= WELL_COVERED)
        strengths.push(`« ${b.label} » : ${plural(b.actors, 'acteur', 'acteurs')} et ${plural(b.programmes, 'dispositif', 'dispositifs')}.`);
      else if (b.actors === 0) weaknesses.push(`« ${b.label} » : aucun acteur recensé ne lève ce frein.`);
      else weaknesses.push(`« ${b.label} » : seulement ${plural(b.actors, 'acteur', 'acteurs')} (moins de ${WELL_COVERED}).`);
      if (b.whiteZones > 0) weaknesses.push(`« ${b.label} » : ${plural(b.whiteZones, 'zone blanche', 'zones blanches')} (aucun acteur, personne à portée).`);
    }
    return { id: d.id, label: d.label, actorCount, programmeCount, barriers, strengths, weaknesses };
  });
}

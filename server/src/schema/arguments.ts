// Checks of the arguments that name a territory, a barrier or a domain: a clear error naming the argument.
import { barrierIds, domainIds } from '../vocabulary.js';
import { badInput } from './builder.js';

/** Fails with a clear error when a referenced territory does not exist. */
export async function assertTerritory(
  ctx: { loaders: { territory: { load(id: string): Promise<unknown> } } },
  argument: string,
  id: string | null | undefined,
) {
  if (id == null) return;
  if (!(await ctx.loaders.territory.load(id))) throw badInput(argument, `unknown territory "${id}"`);
}
export function assertBarrier(argument: string, id: string | null | undefined) {
  if (id != null && !barrierIds.has(id)) throw badInput(argument, `unknown barrier "${id}"`);
}
export function assertDomain(argument: string, id: string | null | undefined) {
  if (id != null && !domainIds.has(id)) throw badInput(argument, `unknown domain "${id}"`);
}

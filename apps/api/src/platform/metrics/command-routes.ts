import { AGREEMENT_ACTION_NAMES, COMMITMENT_ACTION_NAMES } from '@concordat/domain';

export type CommandAggregate = 'agreement' | 'commitment';

interface CommandRoute {
  aggregate: CommandAggregate;
  /** The command's name, or `action` to take it from the route's `:action` parameter. */
  command: string;
  /** The names `:action` may take; anything else is counted as `unknown`. */
  actions?: readonly string[];
}

/**
 * The routes that run agreement and commitment commands, by Fastify route template. The
 * metric's labels come from here, never from the request, so a client cannot make new
 * series by sending new paths.
 */
const COMMAND_ROUTES: Readonly<Record<string, CommandRoute>> = {
  'POST /api/agreements': { aggregate: 'agreement', command: 'create' },
  'POST /api/agreements/:id/:action': {
    aggregate: 'agreement',
    command: 'action',
    actions: AGREEMENT_ACTION_NAMES,
  },
  'POST /api/agreements/:id/attachments': { aggregate: 'agreement', command: 'add-attachment' },
  'POST /api/agreements/:id/commitments': { aggregate: 'commitment', command: 'plan' },
  'POST /api/commitments/:id/evidence': { aggregate: 'commitment', command: 'add-evidence' },
  'POST /api/commitments/:id/:action': {
    aggregate: 'commitment',
    command: 'action',
    actions: COMMITMENT_ACTION_NAMES,
  },
};

/** The command a request runs, or undefined when the route runs none. */
export function commandOf(
  method: string,
  routeTemplate: string | undefined,
  params: Readonly<Record<string, string | undefined>>,
): { aggregate: CommandAggregate; command: string } | undefined {
  const route = COMMAND_ROUTES[`${method} ${routeTemplate ?? ''}`];
  if (route === undefined) return undefined;
  if (route.command !== 'action') return { aggregate: route.aggregate, command: route.command };
  const action = params.action;
  const known = action !== undefined && (route.actions ?? []).includes(action);
  return { aggregate: route.aggregate, command: known ? action : 'unknown' };
}

import { AGREEMENT_STATUSES, AGREEMENT_STEPS, TERMINAL_STATUSES } from './agreement.status.js';
import type { LifecyclePosition } from './agreement.position.js';
import { AGREEMENT_TRANSITIONS } from './transitions.js';

/** A mermaid state id: dots are not allowed, and "[*]" is where an agreement begins. */
function nodeId(position: LifecyclePosition): string {
  return position.status === 'none' ? '[*]' : `${position.status}_${position.step}`;
}

/**
 * The lifecycle as a mermaid `stateDiagram-v2`, generated from AGREEMENT_TRANSITIONS: each
 * main status is a composite state holding its steps, and each edge is labelled with the
 * command that takes it. docs/lifecycle.md embeds it, so the picture cannot drift from the code.
 */
export function lifecycleMermaid(): string {
  const lines = ['stateDiagram-v2'];
  for (const status of AGREEMENT_STATUSES) {
    lines.push(`    state ${status} {`);
    for (const step of AGREEMENT_STEPS[status]) {
      lines.push(`        ${status}_${step} : ${step}`);
    }
    lines.push('    }');
  }
  for (const row of AGREEMENT_TRANSITIONS) {
    for (const from of row.from) {
      lines.push(`    ${nodeId(from)} --> ${nodeId(row.to)} : ${row.command}`);
    }
  }
  for (const status of TERMINAL_STATUSES) {
    for (const step of AGREEMENT_STEPS[status]) lines.push(`    ${status}_${step} --> [*]`);
  }
  return lines.join('\n');
}

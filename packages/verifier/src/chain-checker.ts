import { type Finding, finding } from './findings.js';
import { type ExportLine, type ExportScope, GENESIS_HASH } from './format.js';
import { globalEventHash, sha256Hex } from './hashing.js';

/** How many recent global hashes are remembered to tell an inserted line from a deleted one. */
const RECENT_WINDOW = 100_000;

interface StreamHead {
  version: number;
  hash: string;
  line: number;
}

/** Two lines of one stream that claim the same version, waiting for the next one to pick. */
interface Fork {
  first: { line: number; hash: string };
  second: { line: number; hash: string };
  version: number;
}

/** A stream finding, and the line of the stream's event it was compared with. */
interface StreamFinding {
  finding: Finding;
  predecessorLine: number | null;
}

export interface ChainCheckerOptions {
  scope: ExportScope;
  /** Lines whose position must carry this global hash (checkpoint, chain head). */
  positionAnchors: Map<
    string,
    { globalHash: string; code: 'checkpoint-not-anchored' | 'chain-head-mismatch'; what: string }
  >;
  /** The streams the manifest lists (scope `streams`): stream id → its head. */
  manifestStreams: Map<string, { toVersion: number; headHash: string }> | null;
  /** Exported streams' heads at the checkpoint: stream id → version and hash. */
  streamAnchors: Map<string, { version: number; hash: string }>;
}

/**
 * Checks events.jsonl one line at a time, keeping only each stream's last version and hash
 * and a bounded window of recent global hashes, so memory does not grow with the file.
 *
 * A single broken link does not say by itself what happened, so the checker keeps the
 * evidence and decides in finish():
 * - a line whose previousGlobalHash names an earlier line than the one before it: the
 *   lines between were inserted (or moved here);
 * - a line whose previousGlobalHash names no earlier line: its predecessor was deleted,
 *   unless a later line carries that hash, in which case the lines were reordered.
 */
export class ChainChecker {
  private readonly findings: Finding[] = [];
  private readonly streamFindings: StreamFinding[] = [];
  private readonly streams = new Map<string, StreamHead>();
  private readonly forks = new Map<string, Fork>();
  private readonly recentGlobals = new Map<string, number>();
  /** previousGlobalHash not found earlier → the line that is waiting for it. */
  private readonly awaitingPredecessor = new Map<string, { line: number; previousLine: number }>();
  private readonly skipped: Array<[number, number]> = [];
  private readonly reordered: Array<{ from: number; to: number; position: string }> = [];
  private readonly positionBreaks: Array<{ line: number; position: string; previous: string }> = [];
  private readonly modifiedLines = new Map<number, Finding>();
  private readonly anchorsSeen = new Set<string>();
  private readonly streamAnchorsSeen = new Set<string>();
  private previous: { line: number; position: bigint; globalHash: string } | null = null;
  private first: { line: number; position: string; previousGlobalHash: string } | null = null;
  private last: { line: number; position: string; globalHash: string } | null = null;
  private eventsChecked = 0;

  constructor(private readonly options: ChainCheckerOptions) {}

  get events(): number {
    return this.eventsChecked;
  }

  get streamCount(): number {
    return this.streams.size;
  }

  get firstLine(): { line: number; position: string; previousGlobalHash: string } | null {
    return this.first;
  }

  get lastLine(): { line: number; position: string; globalHash: string } | null {
    return this.last;
  }

  /** `content` is the canonical text of the event's hashed fields (hashing.ts). */
  accept(lineNumber: number, event: ExportLine, content: string): void {
    const at = {
      line: lineNumber,
      position: event.position,
      streamId: event.streamId,
      version: event.version,
    };
    const earlier = this.recentGlobals.get(event.globalHash);
    if (earlier !== undefined) {
      this.findings.push(
        finding(
          'line-inserted',
          `line ${lineNumber} repeats the event of line ${earlier} (same global hash)`,
          at,
        ),
      );
      return;
    }
    this.eventsChecked += 1;
    this.first ??= {
      line: lineNumber,
      position: event.position,
      previousGlobalHash: event.previousGlobalHash,
    };
    this.last = { line: lineNumber, position: event.position, globalHash: event.globalHash };
    this.checkOwnHashes(lineNumber, event, content, at);
    this.checkPosition(lineNumber, event);
    if (this.options.scope === 'log') this.checkGlobalLink(lineNumber, event);
    this.checkStream(lineNumber, event, at);
    this.checkAnchors(lineNumber, event, at);
    this.remember(lineNumber, event);
  }

  /** Each line verifies on its own: its hash covers its content, its global hash its hash. */
  private checkOwnHashes(
    lineNumber: number,
    event: ExportLine,
    content: string,
    at: Partial<Finding>,
  ): void {
    if (sha256Hex(event.previousHash + content) !== event.hash) {
      this.modifiedLines.set(
        lineNumber,
        finding(
          'line-modified',
          `line ${lineNumber} was modified: its content (or its previousHash) does not hash to its "hash"`,
          at,
        ),
      );
    } else if (globalEventHash(event.previousGlobalHash, event.hash) !== event.globalHash) {
      this.modifiedLines.set(
        lineNumber,
        finding(
          'line-modified',
          `line ${lineNumber} was modified: its "globalHash" is not SHA-256(previousGlobalHash ‖ hash)`,
          at,
        ),
      );
    }
  }

  private checkPosition(lineNumber: number, event: ExportLine): void {
    const position = BigInt(event.position);
    if (this.previous !== null && position <= this.previous.position) {
      this.positionBreaks.push({
        line: lineNumber,
        position: event.position,
        previous: String(this.previous.position),
      });
    }
  }

  /** Scope `log` only: there, every line follows the line before it in the global chain. */
  private checkGlobalLink(lineNumber: number, event: ExportLine): void {
    const previous = this.previous;
    if (previous !== null && event.previousGlobalHash !== previous.globalHash) {
      const linked = this.recentGlobals.get(event.previousGlobalHash);
      if (linked !== undefined) this.skipped.push([linked + 1, lineNumber - 1]);
      else
        this.awaitingPredecessor.set(event.previousGlobalHash, {
          line: lineNumber,
          previousLine: previous.line,
        });
    }
    const waiting = this.awaitingPredecessor.get(event.globalHash);
    if (waiting !== undefined) {
      this.awaitingPredecessor.delete(event.globalHash);
      this.reordered.push({ from: waiting.line, to: lineNumber, position: event.position });
    }
  }

  private checkStream(lineNumber: number, event: ExportLine, at: Partial<Finding>): void {
    const { scope, manifestStreams } = this.options;
    const head = this.streams.get(event.streamId);
    const stream = `stream ${event.streamId}`;
    if (manifestStreams !== null && !manifestStreams.has(event.streamId)) {
      this.streamFinding(
        finding(
          'line-inserted',
          `line ${lineNumber} belongs to ${stream}, which the manifest does not list`,
          at,
        ),
        null,
      );
    }
    this.resolveFork(event);
    if (head === undefined) {
      if (scope === 'streams' && event.version !== 1) {
        this.streamFinding(
          finding(
            'line-deleted',
            `${stream} starts at version ${event.version} on line ${lineNumber}: versions 1 to ${event.version - 1} are missing`,
            at,
          ),
          null,
        );
      } else if (event.version === 1 && event.previousHash !== GENESIS_HASH) {
        this.streamFinding(
          finding(
            'stream-link-broken',
            `line ${lineNumber} is version 1 of ${stream} but does not chain from the genesis hash`,
            at,
          ),
          null,
        );
      }
    } else if (event.version === head.version + 1) {
      if (event.previousHash !== head.hash) {
        this.streamFinding(
          finding(
            'stream-link-broken',
            `line ${lineNumber} (version ${event.version} of ${stream}) does not chain from line ${head.line} (version ${head.version}): its previousHash differs from that line's hash`,
            at,
          ),
          head.line,
        );
      }
    } else if (event.version > head.version + 1) {
      if (scope !== 'selection') {
        const missing =
          event.version === head.version + 2
            ? `version ${head.version + 1} is`
            : `versions ${head.version + 1} to ${event.version - 1} are`;
        this.streamFinding(
          finding(
            'line-deleted',
            `${stream} jumps from version ${head.version} (line ${head.line}) to ${event.version} (line ${lineNumber}): ${missing} missing`,
            at,
          ),
          head.line,
        );
      }
    } else {
      this.versionRepeated(lineNumber, event, head, at);
    }
    this.streams.set(event.streamId, {
      version: event.version,
      hash: event.hash,
      line: lineNumber,
    });
  }

  /** A version seen again: two lines claim it; the stream's next event says which is genuine. */
  private versionRepeated(
    lineNumber: number,
    event: ExportLine,
    head: StreamHead,
    at: Partial<Finding>,
  ): void {
    if (event.version === head.version && this.options.scope !== 'selection') {
      this.forks.set(event.streamId, {
        first: { line: head.line, hash: head.hash },
        second: { line: lineNumber, hash: event.hash },
        version: event.version,
      });
      return;
    }
    this.streamFinding(
      finding(
        'stream-version-out-of-order',
        `line ${lineNumber} is version ${event.version} of stream ${event.streamId}, but line ${head.line} already reached version ${head.version}`,
        at,
      ),
      head.line,
    );
  }

  private resolveFork(event: ExportLine): void {
    const fork = this.forks.get(event.streamId);
    if (fork === undefined || event.version !== fork.version + 1) return;
    this.forks.delete(event.streamId);
    const genuine =
      event.previousHash === fork.first.hash
        ? fork.first
        : event.previousHash === fork.second.hash
          ? fork.second
          : null;
    if (genuine === null) return;
    const forged = genuine === fork.first ? fork.second : fork.first;
    this.reportFork(event.streamId, fork, forged.line, genuine.line);
  }

  private reportFork(
    streamId: string,
    fork: Fork,
    forgedLine: number,
    genuineLine: number | null,
  ): void {
    const because =
      genuineLine === null
        ? `lines ${fork.first.line} and ${fork.second.line} both claim version ${fork.version} of stream ${streamId}`
        : `it claims version ${fork.version} of stream ${streamId}, which line ${genuineLine} holds and the stream's chain continues from`;
    this.streamFinding(
      finding('line-inserted', `line ${forgedLine} was inserted: ${because}`, {
        line: forgedLine,
        streamId,
        version: fork.version,
      }),
      null,
    );
  }

  private checkAnchors(lineNumber: number, event: ExportLine, at: Partial<Finding>): void {
    const anchor = this.options.positionAnchors.get(event.position);
    if (anchor !== undefined) {
      this.anchorsSeen.add(event.position);
      if (anchor.globalHash !== event.globalHash) {
        this.findings.push(
          finding(
            anchor.code,
            `line ${lineNumber} (position ${event.position}) does not carry the global hash ${anchor.what} records`,
            at,
          ),
        );
      }
    }
    const streamAnchor = this.options.streamAnchors.get(event.streamId);
    if (streamAnchor !== undefined && streamAnchor.version === event.version) {
      this.streamAnchorsSeen.add(event.streamId);
      if (streamAnchor.hash !== event.hash) {
        this.findings.push(
          finding(
            'checkpoint-not-anchored',
            `line ${lineNumber} (version ${event.version} of stream ${event.streamId}) does not carry the hash the signed checkpoint records for it`,
            at,
          ),
        );
      }
    }
  }

  private remember(lineNumber: number, event: ExportLine): void {
    this.recentGlobals.set(event.globalHash, lineNumber);
    if (this.recentGlobals.size > RECENT_WINDOW) {
      const oldest = this.recentGlobals.keys().next();
      if (oldest.done !== true) this.recentGlobals.delete(oldest.value);
    }
    this.previous = {
      line: lineNumber,
      position: BigInt(event.position),
      globalHash: event.globalHash,
    };
  }

  private streamFinding(found: Finding, predecessorLine: number | null): void {
    this.streamFindings.push({ finding: found, predecessorLine });
  }

  /** Positions the anchors name that no line carried (they are checked by the caller). */
  anchorsMissing(): string[] {
    return [...this.options.positionAnchors.keys()].filter(
      (position) => !this.anchorsSeen.has(position),
    );
  }

  /** Heads of the streams as the file ends. */
  streamHeads(): Map<string, { version: number; hash: string; line: number }> {
    return this.streams;
  }

  streamAnchorsMissing(): string[] {
    return [...this.options.streamAnchors.keys()].filter(
      (streamId) => !this.streamAnchorsSeen.has(streamId),
    );
  }

  /** Turns the evidence into findings: which lines were inserted, moved, deleted or changed. */
  finish(): Finding[] {
    for (const [streamId, fork] of this.forks) {
      const head = this.options.manifestStreams?.get(streamId);
      const genuine =
        head?.headHash === fork.first.hash
          ? fork.first
          : head?.headHash === fork.second.hash
            ? fork.second
            : null;
      const forged =
        genuine === fork.first ? fork.second : genuine === fork.second ? fork.first : fork.second;
      this.reportFork(streamId, fork, forged.line, genuine?.line ?? null);
    }
    const moved = this.movedRanges();
    const explained = (line: number | null): boolean =>
      line !== null &&
      (moved.some(([from, to]) => line >= from && line <= to) ||
        this.insertedLines(moved).has(line));
    const inserted = this.insertedLines(moved);
    const out: Finding[] = [...this.findings];

    for (const range of this.reordered) {
      out.push(
        finding(
          'lines-reordered',
          `lines ${range.from} to ${range.to} are out of order: line ${range.to} (position ${range.position}) belongs before line ${range.from}`,
          { line: range.from, position: range.position },
        ),
      );
    }
    const byChain = (line: number): boolean =>
      this.reordered.some((range) => line >= range.from && line <= range.to);
    for (const brk of this.positionBreaks) {
      if (byChain(brk.line)) continue;
      out.push(
        finding(
          'lines-reordered',
          `line ${brk.line} (position ${brk.position}) comes after position ${brk.previous}: positions must increase line by line`,
          { line: brk.line, position: brk.position },
        ),
      );
    }
    for (const line of inserted) {
      out.push(
        finding(
          'line-inserted',
          `line ${line} was inserted: the line after it links to the line before it in the global chain`,
          { line },
        ),
      );
    }
    const rewritten = new Set<number>();
    for (const [, waiting] of this.awaitingPredecessor) {
      if (explained(waiting.line)) continue;
      const brokenAfter = this.streamFindings.some(
        (entry) =>
          entry.finding.code === 'stream-link-broken' &&
          entry.predecessorLine === waiting.previousLine,
      );
      if (brokenAfter && !this.modifiedLines.has(waiting.previousLine)) {
        rewritten.add(waiting.previousLine);
        out.push(
          finding(
            'line-modified',
            `line ${waiting.previousLine} was modified and its hashes recomputed: the next line and the next event of its stream still link to its original hashes`,
            { line: waiting.previousLine },
          ),
        );
        continue;
      }
      out.push(
        finding(
          'line-deleted',
          `a line is missing between lines ${waiting.previousLine} and ${waiting.line}: the event before line ${waiting.line} in the log is not in the file (or line ${waiting.previousLine} was rewritten)`,
          { line: waiting.line },
        ),
      );
    }
    for (const [line, modified] of this.modifiedLines) {
      if (!inserted.has(line)) out.push(modified);
    }
    for (const entry of this.streamFindings) {
      const alreadyExplained =
        entry.finding.code !== 'line-inserted' &&
        (explained(entry.finding.line) ||
          explained(entry.predecessorLine) ||
          rewritten.has(entry.predecessorLine ?? -1));
      if (!alreadyExplained) out.push(entry.finding);
    }
    return out;
  }

  /** Line ranges a reordering explains (global-chain evidence, or positions in other scopes). */
  private movedRanges(): Array<[number, number]> {
    const ranges: Array<[number, number]> = this.reordered.map((range) => [range.from, range.to]);
    if (this.options.scope !== 'log') {
      for (const brk of this.positionBreaks) ranges.push([brk.line - 1, brk.line]);
    }
    return ranges;
  }

  private insertedLines(moved: Array<[number, number]>): Set<number> {
    const lines = new Set<number>();
    for (const [from, to] of this.skipped) {
      if (moved.some(([start, end]) => from <= end && to >= start)) continue;
      for (let line = from; line <= to && lines.size < 1000; line += 1) lines.add(line);
    }
    return lines;
  }
}

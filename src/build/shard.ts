/**
 * Shards: `--shard 2/4` builds the second quarter of the pages, for CI
 * matrices (GitHub Actions `matrix`, GitLab `parallel`, Buildkite
 * `parallelism`) that split one build over several machines. A page belongs
 * to a shard by a hash of its id, not by its place in a list, so adding a
 * page never moves the others to another shard (and their cached results
 * stay where they were). All languages of a page go to the same shard, as a
 * translation is checked against its source.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based: 1 … count. */
  readonly index: number;
  readonly count: number;
}

/** `i/n` → a shard, or an error message saying what is wrong. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    return `--shard takes i/n with 1 ≤ i ≤ n (for example --shard 2/4), not "${text}".`;
  }
  return { index, count };
}

/** Whether page `pageId` is built by `shard`. */
export function inShard(pageId: string, shard: Shard): boolean {
  return shardOf(pageId, shard.count) === shard.index;
}

/** The shard (1 … count) a page belongs to. */
export function shardOf(pageId: string, count: number): number {
  const hash = createHash('sha256').update(pageId, 'utf8').digest();
  return (hash.readUInt32BE(0) % count) + 1;
}

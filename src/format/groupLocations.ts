import type { SessionLocation } from '../session/schema.js';
import { titleCase } from './userAgentText.js';

/** One row of a location history: consecutive identical visits collapsed into one. */
export interface LocationGroup {
  /** The newest location of the run. */
  location: SessionLocation;
  /** Epoch ms of `location.at` (NaN if unparseable, which the schema prevents). */
  atMs: number;
  /** How many consecutive entries this row stands for (1 when not collapsed). */
  count: number;
  /** The row where the user signed in: its IP matches the sign-on IP (never a guess). */
  isSignOn: boolean;
  /**
   * The country differs from the country the user signed in from (known only when a row matches
   * the sign-on IP; never on an anonymous session).
   */
  countryChanged: boolean;
  /** The IP address differs from the previous (older) row's. */
  ipChanged: boolean;
}

const norm = (value: string | undefined) => value?.trim().toLowerCase() ?? '';
const sameVisit = (a: SessionLocation, b: SessionLocation) =>
  norm(a.remoteIp) === norm(b.remoteIp) &&
  norm(a.city) === norm(b.city) &&
  norm(a.state) === norm(b.state) &&
  norm(a.country) === norm(b.country);

/**
 * Orders locations newest first, collapses consecutive duplicates (PingOne repeats entries),
 * marks the sign-on row (IP match only), flags rows in a country other than the sign-on one,
 * and a change of IP against the row before it in time.
 */
export function groupLocations(locations: readonly SessionLocation[], signOnIp?: string): LocationGroup[] {
  // Oldest first while grouping, so "previous" means "earlier in time"; stable for equal times.
  const ordered = locations
    .map((location, index) => ({ location, index, atMs: Date.parse(location.at) }))
    .sort((a, b) => a.atMs - b.atMs || a.index - b.index);
  const rows: LocationGroup[] = [];
  for (const { location, atMs } of ordered) {
    const last = rows[rows.length - 1];
    if (last && sameVisit(last.location, location)) {
      last.location = location;
      last.atMs = atMs;
      last.count += 1;
      continue;
    }
    rows.push({
      location,
      atMs,
      count: 1,
      isSignOn: false,
      countryChanged: false,
      ipChanged: last !== undefined && norm(last.location.remoteIp) !== norm(location.remoteIp),
    });
  }
  // Only a row whose IP is the sign-on IP is "where you signed in"; no row is marked otherwise
  // (an anonymous session has no sign-on; PingOne keeps only recent locations).
  const ip = norm(signOnIp);
  const signOnRows = ip ? rows.filter((row) => norm(row.location.remoteIp) === ip) : [];
  // The latest visit from the sign-on IP stands for the sign-in, so one row carries the mark.
  const signOnRow = signOnRows[signOnRows.length - 1];
  if (signOnRow) {
    signOnRow.isSignOn = true;
    const home = norm(signOnRow.location.country);
    for (const row of rows)
      row.countryChanged = home !== '' && norm(row.location.country) !== '' && norm(row.location.country) !== home;
  }
  return rows.reverse();
}

/** `Port Coquitlam, British Columbia, Canada`; `null` when PingOne resolved no geo at all. */
export function formatPlace(location: SessionLocation, locale?: string): string | null {
  const parts = [location.city, location.state ?? location.region, location.country]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .map((part) => titleCase(part, locale));
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * Spread sessions through a week: run days apart from each other (non-consecutive days early in a return:
 * warden-2014), strength days spread likewise, and each day's exercise list kept to 3–5 items (fewer exercises
 * are done more faithfully: rehab-anchors-2026).
 * @module
 */

/**
 * Choose k of the available day indexes (0–6) with the widest smallest gap (around the week). Among equally
 * good choices, `offset` picks which one, so different exercises land on different days.
 * @example spreadDays([0, 1, 2, 3, 4, 5, 6], 3) // [0, 2, 4]
 */
export function spreadDays(available: readonly number[], k: number, offset = 0): number[] {
  const days = [...new Set(available)].filter((d) => d >= 0 && d < 7).sort((a, b) => a - b);
  if (k <= 0) return [];
  if (k >= days.length) return days;
  let best: number[][] = [];
  let bestGap = -1;
  const pick = (start: number, chosen: number[]): void => {
    if (chosen.length === k) {
      let gap = 7;
      for (let i = 0; i < chosen.length; i += 1) {
        const a = chosen[i] ?? 0;
        const b = i + 1 < chosen.length ? chosen[i + 1] ?? 0 : (chosen[0] ?? 0) + 7;
        gap = Math.min(gap, b - a);
      }
      if (gap > bestGap) { bestGap = gap; best = [[...chosen]]; } else if (gap === bestGap) best.push([...chosen]);
      return;
    }
    for (let i = start; i < days.length; i += 1) pick(i + 1, [...chosen, days[i] ?? 0]);
  };
  pick(0, []);
  return best[offset % best.length] ?? [];
}

/** Minimum and maximum exercises in a day's session. */
export const MIN_PER_DAY = 3;
export const MAX_PER_DAY = 5;

/**
 * Balance per-day exercise lists: move the lowest-priority non-daily items off crowded days onto the
 * emptiest available day that does not have them, then top up thin days with low-load items already in the
 * phase. `items[i]` is the set of days item i is on; `daily[i]` marks items done every day; `light[i]` marks
 * items safe to repeat (mobility, foot, balance, nerve).
 */
export function balanceWeek(
  days: number[][], items: { daily: boolean; light: boolean }[], available: readonly number[],
): number[][] {
  const byDay: number[][] = Array.from({ length: 7 }, () => []);
  days.forEach((ds, i) => { for (const d of ds) byDay[d]?.push(i); });
  for (let d = 0; d < 7; d += 1) {
    const list = byDay[d] ?? [];
    while (list.length > MAX_PER_DAY) {
      const movable = [...list].reverse().find((i) => !(items[i]?.daily ?? true));
      if (movable === undefined) break;
      const target = available
        .filter((t) => t !== d && !(byDay[t] ?? []).includes(movable) && (byDay[t] ?? []).length < MAX_PER_DAY)
        .sort((a, b) => (byDay[a]?.length ?? 0) - (byDay[b]?.length ?? 0) || a - b)[0];
      list.splice(list.indexOf(movable), 1);
      if (target !== undefined) byDay[target]?.push(movable);
    }
  }
  for (const d of available) {
    const list = byDay[d] ?? [];
    if (list.length === 0 || list.length >= MIN_PER_DAY) continue;
    for (let i = 0; i < items.length && list.length < MIN_PER_DAY; i += 1) {
      if (items[i]?.light && !list.includes(i)) list.push(i);
    }
    if (list.length >= MIN_PER_DAY || list.some((i) => items[i]?.daily ?? true)) continue;
    // Still thin and nothing daily: fold the day into others with room, so it becomes a rest day.
    const trial = byDay.map((l) => [...l]);
    const ok = list.every((i) => {
      const to = available.find((t) => t !== d && (trial[t] ?? []).length >= MIN_PER_DAY - 1 && (trial[t] ?? []).length < MAX_PER_DAY && !(trial[t] ?? []).includes(i));
      if (to !== undefined) trial[to]?.push(i);
      return to !== undefined;
    });
    if (ok) {
      trial[d] = [];
      trial.forEach((l, k) => { byDay[k] = l; });
    }
  }
  for (const list of byDay) list.sort((a, b) => a - b);
  return byDay;
}

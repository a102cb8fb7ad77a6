/** Past and upcoming events of the reporting calendar, by calendar date in Việt Nam. */
export function isPast(date: string, today: string): boolean {
  return date < today;
}

export function upcoming<T extends { data: { date: string } }>(events: readonly T[], today: string, limit = Infinity): T[] {
  return events.filter((e) => !isPast(e.data.date, today)).sort((a, b) => a.data.date.localeCompare(b.data.date)).slice(0, limit);
}

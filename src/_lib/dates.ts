/** Whether `s` is a calendar date written YYYY-MM-DD (`2024-02-29` is, `2023-02-29` and `2024-2-1` are not). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** Joins class names, skipping empty ones; the library's class always comes first. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** "Chloé & Dev" → "chloe-and-dev": what the address of the list would be, following the API's rules (3–60 of a-z, 0-9, single hyphens). */
export function suggestSlug(coupleNames: string): string {
  return coupleNames
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&|\+/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** "Ana & Ben" → "Ana & Ben are getting married"; nothing for no names. */
export const suggestTitle = (coupleNames: string) => (coupleNames.trim() ? `${coupleNames.trim()} are getting married` : '');

/**
 * A gift's name as the couple typed it, placed inside a sentence: a leading article goes lower-case ("Reserve a
 * toaster that cooks crumpets", not "Reserve A toaster…"), everything else stays as typed, since "Le Creuset pot"
 * or "Lisbon trip" start with a name. Only when the article is followed by a lower-case word, so "A Perfect Day
 * (the record)" is left alone.
 */
export function inSentence(name: string): string {
  return name.replace(/^(A|An|The)(?= \p{Ll})/u, (article) => article.toLowerCase());
}

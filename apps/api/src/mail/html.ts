/**
 * HTML built with a tagged template that escapes every interpolated value, so guest names, messages and item
 * names can never inject markup. Nest a fragment with `html` to include it unescaped.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

type Value = string | number | SafeHtml | null | undefined | Value[];

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  const render = (value: Value): string =>
    value instanceof SafeHtml
      ? value.value
      : Array.isArray(value)
        ? value.map(render).join('')
        : value === null || value === undefined
          ? ''
          : escapeHtml(String(value));
  return new SafeHtml(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]) : ''), ''));
}

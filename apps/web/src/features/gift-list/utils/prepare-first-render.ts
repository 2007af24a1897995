import { formatEventDate } from '@/lib/dates';
import { collator } from '@/lib/formatters';
import { currentLocale } from '@/lib/i18n/language';
import { formatPriceHint } from '@/lib/money';

/**
 * The list's first render writes the date and the prices and sorts the categories. The formatters that takes are
 * built first, each in a task of its own (a slow phone needs tens of milliseconds to load a locale's data for each),
 * so the render itself stays short and the page can answer a tap in between. Returns a cancel.
 */
export function prepareFirstRender(currency: string, done: () => void): () => void {
  const steps = [() => formatEventDate('2000-01-01'), () => formatPriceHint(100, 200, currency), () => collator(currentLocale())];
  let timer: ReturnType<typeof setTimeout>;
  const run = (step: number) => {
    timer = setTimeout(() => {
      if (step === steps.length) return done();
      steps[step]();
      run(step + 1);
    });
  };
  run(0);
  return () => clearTimeout(timer);
}

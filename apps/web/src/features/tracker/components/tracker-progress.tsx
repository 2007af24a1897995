import type { TrackerCounts } from '@whispergifts/api-client';
import { useT } from '@/lib/i18n';
import { stageLabel } from '../utils/stages';

/**
 * "23 of 41 thanked": thanked out of the gifts that still count (the API leaves cancelled and lapsed ones out of
 * `active`), with how many are on their way, bought and received beside it.
 */
export function TrackerProgress({ counts }: { counts: TrackerCounts }) {
  const t = useT('tracker');
  const figures = [
    { label: stageLabel(t, 'reserved'), value: counts.reserved },
    { label: stageLabel(t, 'pledged'), value: counts.pledged },
    { label: stageLabel(t, 'bought'), value: counts.bought },
    { label: stageLabel(t, 'received'), value: counts.received },
    { label: stageLabel(t, 'thanked'), value: counts.thanked },
  ];
  return (
    <section className="progress-summary tracker-progress" aria-labelledby="tracker-progress-title">
      <h2 id="tracker-progress-title">{t('tracker:progress.title')}</h2>
      <p className="tracker-progress-line">
        <strong>{t('tracker:progress.line', { thanked: counts.thanked, active: counts.active })}</strong>
        {counts.cancelled > 0 && <span className="tracker-muted"> · {t('tracker:progress.cancelled', { count: counts.cancelled })}</span>}
      </p>
      <progress
        max={Math.max(counts.active, 1)}
        value={counts.thanked}
        aria-label={t('tracker:progress.bar', { thanked: counts.thanked, active: counts.active })}
      />
      <dl className="tracker-counters">
        {figures.map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

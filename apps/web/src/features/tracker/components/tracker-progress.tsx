import type { TrackerCounts } from '@whispergifts/api-client';

/**
 * "23 of 41 thanked": thanked out of the gifts that still count (the API leaves cancelled and lapsed ones out of
 * `active`), with how many are on their way, bought and received beside it.
 */
export function TrackerProgress({ counts }: { counts: TrackerCounts }) {
  const figures = [
    { label: 'Reserved', value: counts.reserved },
    { label: 'Pledged', value: counts.pledged },
    { label: 'Bought', value: counts.bought },
    { label: 'Received', value: counts.received },
    { label: 'Thanked', value: counts.thanked },
  ];
  return (
    <section className="progress-summary tracker-progress" aria-labelledby="tracker-progress-title">
      <h2 id="tracker-progress-title">Thank-you progress</h2>
      <p className="tracker-progress-line">
        <strong>
          {counts.thanked} of {counts.active} thanked
        </strong>
        {counts.cancelled > 0 && <span className="tracker-muted"> · {counts.cancelled} cancelled, not counted</span>}
      </p>
      <progress max={Math.max(counts.active, 1)} value={counts.thanked} aria-label={`${counts.thanked} of ${counts.active} gifts thanked`} />
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

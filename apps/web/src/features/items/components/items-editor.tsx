import { useState, type DragEvent } from 'react';
import { isApiProblem, type Item } from '@whispergifts/api-client';
import { Alert } from '@/components/alert';
import { EmptyState } from '@/components/empty-state';
import { ResponsiveImage } from '@/components/responsive-image';
import { RowMenu } from '@/components/row-menu';
import { useT, type Translate } from '@/lib/i18n';
import { formatMoney, formatPriceHint } from '@/lib/money';
import { useReorderItems } from '../api/reorder-items';
import { useUpdateItem } from '../api/update-item';
import { DeleteItemDialog } from './delete-item-dialog';
import { EditItemDialog } from './edit-item-dialog';

interface ItemsEditorProps {
  registryId: string;
  currency: string;
  items: Item[];
  categories: string[];
  /** A warning per item id (the weekly link check's "Shop link broken"), shown beside its details. */
  badges?: Record<string, string>;
}

/** Moves one element of a list to another index. */
export function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [element] = next.splice(from, 1);
  next.splice(to, 0, element);
  return next;
}

/** A fund or group gift in one line: "Fund · €70.00 of €1,500.00 pledged · 2 givers". */
const moneyText = (t: Translate, item: Item, currency: string) =>
  [
    t('gifts:kind', { kind: item.kind === 'fund' ? 'fund' : 'group' }),
    item.targetAmount === null
      ? t('gifts:editor.pledged', { amount: formatMoney(item.pledgedAmount, currency) })
      : t('gifts:editor.pledged-of', { amount: formatMoney(item.pledgedAmount, currency), target: formatMoney(item.targetAmount, currency) }),
    t('gifts:editor.givers', { count: item.pledgeCount }),
    ...(item.hideTotals ? [t('gifts:editor.totals-private')] : []),
  ].join(' · ');

const quantityText = (t: Translate, item: Item) =>
  item.quantity === null
    ? t('gifts:editor.reserved-unlimited', { reserved: item.reserved })
    : t('gifts:editor.reserved-of', { reserved: item.reserved, quantity: item.quantity });

/**
 * The couple's items in their order. Reorder by dragging, or with the up/down buttons (keyboard and screen
 * readers); each move is announced. Edit is at hand; archiving and deleting wait behind the row's ⋯ menu, so a row
 * stays one line of buttons on a phone. Edits, archiving and deleting send the item's etag as If-Match.
 */
export function ItemsEditor({ registryId, currency, items, categories, badges = {} }: ItemsEditorProps) {
  const t = useT('gifts');
  const reorder = useReorderItems(registryId);
  const update = useUpdateItem(registryId);
  const [editing, setEditing] = useState<Item | null>(null);
  const [deleting, setDeleting] = useState<Item | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const failure = reorder.error ?? update.error;
  // Once any gift has a photo, every row keeps a place for one, so the names line up.
  const thumbs = items.some((item) => item.image);

  function move(from: number, to: number) {
    if (to < 0 || to >= items.length || from === to) return;
    reorder.mutate(moved(items, from, to));
    setAnnouncement(t('gifts:editor.moved', { name: items[from].name, position: to + 1, count: items.length }));
  }

  function drop(event: DragEvent, to: number) {
    event.preventDefault();
    if (dragged !== null) move(dragged, to);
    setDragged(null);
  }

  if (items.length === 0) {
    return (
      <EmptyState title={t('gifts:editor.empty.title')}>
        <p>{t('gifts:editor.empty.body')}</p>
      </EmptyState>
    );
  }

  return (
    <>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {failure && (
        <Alert>{isApiProblem(failure, 'precondition-failed') ? t('gifts:editor.conflict') : isApiProblem(failure) ? failure.detail : t('gifts:offline')}</Alert>
      )}
      <ol className="item-list" aria-label={t('gifts:editor.list-label')}>
        {items.map((item, index) => (
          <li
            key={item.id}
            className={`item-row${item.archived ? ' item-row-archived' : ''}${dragged === index ? ' item-row-dragging' : ''}`}
            draggable
            onDragStart={() => setDragged(index)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => drop(event, index)}
            onDragEnd={() => setDragged(null)}
          >
            <span className="drag-handle" aria-hidden="true" title={t('gifts:editor.drag')}>
              ⠿
            </span>
            <div className={`item-row-main${thumbs ? ' item-row-main-thumb' : ''}`}>
              {thumbs && <span className="item-thumb-slot">{item.image && <ResponsiveImage image={item.image} sizes="3rem" className="item-thumb" />}</span>}
              <h3>{item.name}</h3>
              <p className="item-row-meta">
                {item.archived && <span className="badge">{t('gifts:editor.archived')}</span>}{' '}
                {item.priority === 'high' && `${t('gifts:editor.most-wanted')} · `}
                {item.category && `${item.category} · `}
                {item.kind === 'gift'
                  ? `${formatPriceHint(item.priceMin, item.priceMax, currency) ?? t('gifts:editor.no-price')} · ${quantityText(t, item)}`
                  : moneyText(t, item, currency)}
                {badges[item.id] && (
                  <>
                    {' '}
                    <span className="badge badge-warning">{badges[item.id]}</span>
                  </>
                )}
              </p>
            </div>
            <div className="item-row-actions">
              <button
                type="button"
                className="button button-small"
                aria-label={t('gifts:editor.move-up', { name: item.name })}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={t('gifts:editor.move-down', { name: item.name })}
                disabled={index === items.length - 1}
                onClick={() => move(index, index + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={t('gifts:editor.edit-label', { name: item.name })}
                onClick={() => setEditing(item)}
              >
                {t('gifts:editor.edit')}
              </button>
              <RowMenu label={t('gifts:editor.more', { name: item.name })}>
                {(close) => (
                  <>
                    <button
                      type="button"
                      aria-label={t('gifts:editor.archive-label', { archived: String(item.archived), name: item.name })}
                      onClick={() => {
                        close();
                        update.mutate({ itemId: item.id, changes: { archived: !item.archived }, etag: item.etag });
                      }}
                    >
                      {item.archived ? t('gifts:editor.restore') : t('gifts:editor.archive')}
                    </button>
                    <button
                      type="button"
                      className="row-menu-danger"
                      aria-label={t('gifts:editor.delete-label', { name: item.name })}
                      onClick={() => {
                        close();
                        setDeleting(item);
                      }}
                    >
                      {t('gifts:editor.delete')}
                    </button>
                  </>
                )}
              </RowMenu>
            </div>
          </li>
        ))}
      </ol>
      {deleting && <DeleteItemDialog key={deleting.id} registryId={registryId} item={deleting} onClose={() => setDeleting(null)} />}
      {editing && (
        <EditItemDialog key={editing.id} registryId={registryId} currency={currency} categories={categories} item={editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

import { useId, useState, type ReactNode } from 'react';
import { currencyAffix, moneyInputText, parseMoneyInput } from '@/lib/money';

interface MoneyInputProps {
  label: ReactNode;
  currency: string;
  /** Minor units, or null while empty; NaN while the text cannot be read as an amount. */
  value: number | null;
  onChange: (minor: number | null) => void;
  hint?: ReactNode;
  error?: string;
  name?: string;
  required?: boolean;
}

/**
 * An amount typed in the currency, with its sign where Intl puts it ("€ 50.00", "50,00 €"), sent in minor units.
 * Reformatted when the person leaves the field, so "50" reads back as "50.00" and a typo shows at once.
 */
export function MoneyInput({ label, currency, value, onChange, hint, error, name, required }: MoneyInputProps) {
  const id = useId();
  const [text, setText] = useState(() => (value === null || Number.isNaN(value) ? '' : moneyInputText(value, currency)));
  // A value set from outside (a suggested amount was picked) replaces what is typed.
  const [shown, setShown] = useState(value);
  // Object.is: NaN (unreadable text) equals itself here, so it does not re-render forever.
  if (!Object.is(value, shown)) {
    setShown(value);
    if (value !== null && !Number.isNaN(value) && value !== parseMoneyInput(text, currency)) setText(moneyInputText(value, currency));
    if (value === null && text !== '') setText('');
  }
  const { symbol, before } = currencyAffix(currency);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const affix = (
    <span className="money-input-affix" aria-hidden="true">
      {symbol}
    </span>
  );

  function change(next: string) {
    setText(next);
    const minor = parseMoneyInput(next, currency);
    setShown(minor);
    onChange(minor);
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="money-input">
        {before && affix}
        <input
          id={id}
          name={name}
          inputMode="decimal"
          autoComplete="off"
          required={required}
          value={text}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          aria-invalid={Boolean(error) || undefined}
          onChange={(e) => change(e.target.value)}
          onBlur={() => value !== null && !Number.isNaN(value) && setText(moneyInputText(value, currency))}
        />
        {!before && affix}
      </div>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
